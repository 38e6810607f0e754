using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Hosting;

/// <summary>
/// The custom eval the chat "validate" command runs: Validation:EvalSet (JSONL, relative to the
/// content root) against one or two Validation:Candidates ({Name, Url, Model, Key}; Key may be
/// "env:NAME"). Keys are only sent as Bearer headers.
/// </summary>
public sealed class ConfiguredCustomEval(IConfiguration configuration, string contentRoot, TimeProvider time) : ICustomEval
{
    public bool IsConfigured => EvalSetPath() is not null && Candidates().Count > 0;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var path = EvalSetPath() ?? throw new InvalidOperationException("Validation:EvalSet is not configured");
        var set = await EvalSetReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        var timeout = configuration.GetValue<TimeSpan?>("Validation:RequestTimeout") ?? EvalRunOptions.DefaultTimeout;
        var result = await new EvalRunner(time).RunAsync(set, Candidates(), new EvalRunOptions(Timeout: timeout), null, cancellationToken).ConfigureAwait(false);
        return result.Summary();
    }

    private string? EvalSetPath()
    {
        var path = configuration["Validation:EvalSet"];
        return string.IsNullOrWhiteSpace(path) ? null : Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
    }

    private IReadOnlyList<EvalCandidate> Candidates() =>
        configuration.GetSection("Validation:Candidates").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c["Name"]) && !string.IsNullOrWhiteSpace(c["Url"]) && !string.IsNullOrWhiteSpace(c["Model"]))
            .Take(EvalRunner.MaxCandidates)
            .Select(c => CandidateSpec.Parse($"{c["Name"]}={c["Url"]},{c["Model"]}" + (string.IsNullOrWhiteSpace(c["Key"]) ? string.Empty : "," + c["Key"])))
            .ToList();
}
