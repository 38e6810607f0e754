using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Cli;

/// <summary>validate's options; --candidate may be repeated, so it is taken out before the rest are read.</summary>
public sealed record ValidateArguments(string EvalPath, IReadOnlyList<EvalCandidate> Candidates, EvalRunOptions Options, bool Json)
{
    public const string Usage = "usage: validate --eval <file.jsonl> --candidate " + CandidateSpec.Format + " [--candidate ...] [--concurrency N] [--timeout SECONDS] [--json]";
    private static readonly IReadOnlyList<string> Known = ["eval", "concurrency", "timeout", "json"];

    public static ValidateArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var specs = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--candidate")
            {
                specs.Add(i + 1 < args.Count ? args[++i] : throw new CliUsageException("--candidate needs a value: " + CandidateSpec.Format));
            }
            else if (args[i].StartsWith("--candidate=", StringComparison.Ordinal))
            {
                specs.Add(args[i]["--candidate=".Length..]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var options = new CliArguments(rest, new HashSet<string>(StringComparer.Ordinal) { "json" });
        options.RejectUnknown(Known);
        var eval = options.Text("eval") ?? throw new CliUsageException("--eval is required (a JSONL file of prompt/expected/scoring lines)\n" + Usage);
        if (!File.Exists(eval))
        {
            throw new CliUsageException("--eval: not found: " + Path.GetFullPath(eval));
        }

        var candidates = specs.Select(Candidate).ToList();
        if (candidates.Count is 0 or > EvalRunner.MaxCandidates)
        {
            throw new CliUsageException($"give one or two --candidate {CandidateSpec.Format} (got {candidates.Count})");
        }

        if (candidates.Count == 2 && candidates[0].Name == candidates[1].Name)
        {
            throw new CliUsageException($"the two candidates need different names (both are \"{candidates[0].Name}\")");
        }

        var concurrency = options.Integer("concurrency", 1, 64) ?? EvalRunOptions.DefaultConcurrency;
        var timeout = options.Number("timeout", 1, 3600) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return new ValidateArguments(eval, candidates, new EvalRunOptions(concurrency, timeout), options.Flag("json"));
    }

    private static EvalCandidate Candidate(string spec)
    {
        try
        {
            return CandidateSpec.Parse(spec);
        }
        catch (FormatException ex)
        {
            throw new CliUsageException("--candidate: " + ex.Message, ex);
        }
    }
}
