using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Decides whether an answer is right. exact and contains are ordinal and case-sensitive after
/// trimming both sides: labels such as "A"/"a" or identifiers can differ by case, and anyone who
/// wants leniency can write a regex with (?i). A regex that runs past its timeout scores as wrong.
/// </summary>
public static class AnswerScorer
{
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static bool IsCorrect(EvalItem item, string answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        return item.Scoring switch
        {
            ScoringKinds.Exact => string.Equals(answer.Trim(), item.Expected.Trim(), StringComparison.Ordinal),
            ScoringKinds.Contains => answer.Contains(item.Expected.Trim(), StringComparison.Ordinal),
            ScoringKinds.Regex => Matches(item.Expected, answer),
            ScoringKinds.JsonField => JsonFieldAnswer.Matches(answer, item.Field ?? string.Empty, item.Expected),
            _ => false,
        };
    }

    private static bool Matches(string pattern, string answer)
    {
        try
        {
            return Regex.IsMatch(answer, pattern, RegexOptions.None, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
