using System.Globalization;

namespace ChatOpsAdvisor.Validation;

/// <summary>The whole run: one report per candidate, the paired comparison when there are two, and skipped lines.</summary>
public sealed record EvalRunResult(int Items, IReadOnlyList<CandidateReport> Candidates, PairedComparison? Comparison, IReadOnlyList<EvalLineProblem> Skipped)
{
    /// <summary>One line for a chat message or a decision record, e.g.
    /// "qwen 82% [74–88%] vs llama 75% [66–82%] on 100 prompts: within noise (p = 0.41)".</summary>
    public string Summary()
    {
        var parts = string.Join(" vs ", Candidates.Select(Describe));
        var line = string.Create(CultureInfo.InvariantCulture, $"{parts} on {Items} prompts");
        return Comparison is null ? line : line + ": " + Comparison.Verdict;
    }

    private static string Describe(CandidateReport c)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{c.Name} {Percent(c.Accuracy.Proportion)} [{Percent(c.Accuracy.Lower)}–{Percent(c.Accuracy.Upper)}]");
        return c.Failed == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text} ({c.Failed} failed)");
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
