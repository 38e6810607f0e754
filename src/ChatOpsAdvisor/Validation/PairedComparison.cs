using System.Globalization;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Two candidates on the items both answered: b = only the first right, c = only the second right,
/// compared with McNemar's exact test at the 5% level.
/// </summary>
public sealed record PairedComparison(
    string First, string Second, int Paired, int BothCorrect, int OnlyFirstCorrect, int OnlySecondCorrect, int BothWrong, double PValue)
{
    public const double Alpha = 0.05;

    public bool IsReal => PValue < Alpha;

    /// <summary>Who came out ahead on the paired items, or null on a tie.</summary>
    public string? Better => OnlyFirstCorrect == OnlySecondCorrect ? null : OnlyFirstCorrect > OnlySecondCorrect ? First : Second;

    public string Verdict => IsReal
        ? $"the difference is real ({FormatP(PValue)}): {Better} is better on these prompts"
        : $"within noise ({FormatP(PValue)})";

    public static PairedComparison Of(CandidateReport first, CandidateReport second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var secondById = second.Outcomes.Where(o => o.Correct is not null).ToDictionary(o => o.ItemId, StringComparer.Ordinal);
        int both = 0, onlyFirst = 0, onlySecond = 0, neither = 0;
        foreach (var a in first.Outcomes.Where(o => o.Correct is not null))
        {
            if (!secondById.TryGetValue(a.ItemId, out var b))
            {
                continue;
            }

            _ = (a.Correct!.Value, b.Correct!.Value) switch
            {
                (true, true) => both++,
                (true, false) => onlyFirst++,
                (false, true) => onlySecond++,
                _ => neither++,
            };
        }

        return new PairedComparison(first.Name, second.Name, both + onlyFirst + onlySecond + neither, both, onlyFirst, onlySecond, neither, McNemarExact.PValue(onlyFirst, onlySecond));
    }

    public static string FormatP(double p) => p switch
    {
        < 0.001 => "p < 0.001",
        < 0.01 => "p = " + p.ToString("0.000", CultureInfo.InvariantCulture),
        _ => "p = " + p.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
