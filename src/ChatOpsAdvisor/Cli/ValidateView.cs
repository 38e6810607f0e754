using System.Globalization;
using ChatOpsAdvisor.Validation;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli;

/// <summary>validate's human output: a table per candidate, then the paired verdict.</summary>
public static class ValidateView
{
    public static void Render(IAnsiConsole console, EvalRunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var c in result.Candidates)
        {
            var table = new Table().Title(Markup.Escape($"{c.Name} — {c.Model} at {c.BaseUrl}")).AddColumn("").AddColumn("");
            table.ShowHeaders = false;
            table.AddRow("accuracy", Markup.Escape(Accuracy(c)));
            table.AddRow("n", Markup.Escape(Invariant($"{c.Correct} right of {c.Answered} answered ({c.Items} prompts)")));
            table.AddRow("failures", Markup.Escape(Failures(c)));
            table.AddRow("latency p50 / p95", Markup.Escape(c.Latency is { } l ? $"{Seconds(l.P50)} / {Seconds(l.P95)}" : "unknown (no answers)"));
            table.AddRow("tokens/s", Markup.Escape(c.TokensPerSecond is { } t ? t.ToString("0.0", CultureInfo.InvariantCulture) : c.Answered == 0 ? "unknown (no answers)" : "unknown (the endpoint reported no usage)"));
            console.Write(table);
        }

        if (result.Comparison is { } p)
        {
            console.MarkupLine(Markup.Escape(Invariant(
                $"Paired on {p.Paired} prompts both answered: only {p.First} right {p.OnlyFirstCorrect}, only {p.Second} right {p.OnlySecondCorrect} (McNemar exact).")));
            console.MarkupLine((p.IsReal ? "[bold]" : "[dim]") + Markup.Escape("Verdict: " + p.Verdict) + "[/]");
        }
    }

    private static string Accuracy(CandidateReport c) => c.Answered == 0
        ? "unknown (no answers)"
        : $"{EvalRunResult.Percent(c.Accuracy.Proportion)} (95% CI {EvalRunResult.Percent(c.Accuracy.Lower)}–{EvalRunResult.Percent(c.Accuracy.Upper)})";

    private static string Failures(CandidateReport c) => c.Failed == 0
        ? "none"
        : string.Join(", ", c.Failures.Where(f => f.Value > 0).Select(f => Invariant($"{f.Key} {f.Value}")));

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
