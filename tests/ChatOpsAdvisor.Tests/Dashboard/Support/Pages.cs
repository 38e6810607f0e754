using System.Text;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Tests.Dashboard.Support;

/// <summary>Reading what the pages and exports return.</summary>
public static partial class Pages
{
    /// <summary>The decision numbers of the table rows, in order.</summary>
    public static int[] RowNumbers(string html) => [.. RowNumber().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '"' or '\r' or '\n', $"Unquoted special character at {i}");
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "The CSV must end with CRLF.");
        return rows;
    }

    [GeneratedRegex("<tr><td class=\"n\"><a href=\"[^\"]*\">#(\\d+)</a>")]
    private static partial Regex RowNumber();
}
