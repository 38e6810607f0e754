using System.Globalization;
using System.Text.Json;
using ChatOpsAdvisor.Validation;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli;

/// <summary>
/// validate --eval &lt;file.jsonl&gt; --candidate name=url,model[,key] [--candidate ...] [--concurrency N] [--timeout S] [--json].
/// Progress goes to the terminal (a bar) or to stderr (plain lines); the report to stdout.
/// Exit 0 when the run completes, 1 when a candidate answered nothing at all.
/// </summary>
public static class ValidateCommand
{
    public const int NoAnswers = 1;
    public const int MaxSkippedShown = 20;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var arguments = ValidateArguments.Parse(args.Skip(1).ToList());
        var set = await EvalSetReader.ReadFileAsync(arguments.EvalPath, cancellationToken).ConfigureAwait(false);
        foreach (var problem in set.Skipped.Take(MaxSkippedShown))
        {
            stderr.WriteLine("  skipped " + problem);
        }

        if (set.Skipped.Count > MaxSkippedShown)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {set.Skipped.Count - MaxSkippedShown} more"));
        }

        if (set.Items.Count == 0)
        {
            throw new CliUsageException($"{arguments.EvalPath} has no usable lines (each needs prompt, expected and scoring)");
        }

        var runner = new EvalRunner(TimeProvider.System);
        var console = Terminal.For(stdout);
        var result = await RunWithProgressAsync(console, stderr, arguments, set, runner, cancellationToken).ConfigureAwait(false);
        if (arguments.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(ValidateJson.Of(result), ValidateJsonOutput.Context.ValidateJson));
        }
        else
        {
            ValidateView.Render(console, result);
        }

        return result.Candidates.Any(c => c.Answered == 0) ? NoAnswers : 0;
    }

    private static async Task<EvalRunResult> RunWithProgressAsync(
        IAnsiConsole console, TextWriter stderr, ValidateArguments arguments, EvalSet set, EvalRunner runner, CancellationToken cancellationToken)
    {
        var total = set.Items.Count * arguments.Candidates.Count;
        if (console.Profile.Capabilities.Interactive && !arguments.Json)
        {
            return await console.Progress().StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape($"{set.Items.Count} prompts × {arguments.Candidates.Count} candidate(s)"), maxValue: total);
                var progress = new Reporter(p => task.Value = p.Completed);
                return await runner.RunAsync(set, arguments.Candidates, arguments.Options, progress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        // Not a terminal: a plain line per tenth of the run, and every failure, on stderr.
        var step = Math.Max(1, total / 10);
        var lines = new Reporter(p =>
        {
            if (p.Failure is not null || p.Completed % step == 0 || p.Completed == p.Total)
            {
                var failure = p.Failure is null ? string.Empty : $" ({p.Candidate} {p.ItemId}: {p.Failure})";
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Completed}/{p.Total} done{failure}"));
            }
        });
        return await runner.RunAsync(set, arguments.Candidates, arguments.Options, lines, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<EvalProgress> report) : IProgress<EvalProgress>
    {
        private readonly Lock gate = new();

        public void Report(EvalProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
