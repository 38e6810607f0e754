using System.Globalization;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// RFC 4180 fields: quoted when they hold a comma, a quote or a line break, quotes doubled. Text
/// that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
/// leading apostrophe first (OWASP "CSV injection"); numbers and times written here never start so.
/// </summary>
internal static class CsvCells
{
    public static string Text(string? value)
    {
        var v = value ?? string.Empty;
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            v = "'" + v;
        }

        return v.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    public static string Number(double? value, string format = "0.##") => value?.ToString(format, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells) + "\r\n";
}
