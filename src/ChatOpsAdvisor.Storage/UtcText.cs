using System.Globalization;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// Times are stored as fixed-width ISO-8601 UTC text ("2025-06-02T09:30:00.0000000Z"), so text
/// order is time order in any SQL database, and dates as "yyyy-MM-dd".
/// </summary>
internal static class UtcText
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset value) => value.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
}
