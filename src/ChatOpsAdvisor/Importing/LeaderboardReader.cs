using System.Globalization;
using System.Text.Json;
using Parquet.Serialization;

namespace ChatOpsAdvisor.Importing;

/// <summary>
/// Reads Open LLM Leaderboard v2 results from the final CSV, or from the "contents" dataset as
/// JSON (an array of rows, or a datasets-server {"rows":[{"row":…}]} page) or parquet. Rows that
/// cannot be read are reported with their line (CSV) or row number and skipped.
/// </summary>
public static class LeaderboardReader
{
    public static async Task<IReadOnlyList<LeaderboardEntry>> ReadAsync(string path, ImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvRows(path),
            ".json" or ".jsonl" => JsonRows(path),
            ".parquet" => await ParquetRows(path, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidDataException($"{Path.GetFileName(path)}: expected a .csv, .json or .parquet file"),
        };

        var entries = new List<LeaderboardEntry>();
        LeaderboardLayout? layout = null;
        foreach (var (line, get) in rows)
        {
            layout ??= get(LeaderboardLayout.Csv.Model) is not null ? LeaderboardLayout.Csv
                : get(LeaderboardLayout.Contents.Model) is not null ? LeaderboardLayout.Contents
                : throw new InvalidDataException($"{Path.GetFileName(path)}: neither the leaderboard CSV nor the contents layout (no model_name or fullname column)");
            report.LeaderboardRows++;
            if (Entry(line, get, layout, out var problem) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                report.Skip(path, line, problem!);
            }
        }

        return entries;
    }

    private static LeaderboardEntry? Entry(int line, Func<string, string?> get, LeaderboardLayout l, out string? problem)
    {
        problem = null;
        var id = get(l.Model)?.Trim();
        if (string.IsNullOrEmpty(id) || !id.Contains('/', StringComparison.Ordinal))
        {
            problem = $"no model id (\"{id}\")";
            return null;
        }

        var scores = new Dictionary<string, double>();
        foreach (var (benchmark, column) in l.Benchmarks)
        {
            var text = get(column);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0 || value > 100)
            {
                problem = $"{column} is not a score from 0 to 100 (\"{text}\")";
                return null;
            }

            scores[benchmark] = Math.Round(value, 2);
        }

        var paramsText = get(l.Parameters);
        double? parameters = double.TryParse(paramsText, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : null;
        if (paramsText is { Length: > 0 } && parameters is null)
        {
            problem = $"{l.Parameters} is not a positive number (\"{paramsText}\")";
            return null;
        }

        return new LeaderboardEntry(line, id, Blank(get(l.Precision)), parameters, Blank(get(l.License)), Flag(get(l.Flagged)), Flag(get(l.Merged)), Flag(get(l.Moe)), Date(get(l.Date)), scores);
    }

    private static IEnumerable<(int Line, Func<string, string?> Get)> CsvRows(string path)
    {
        using var reader = new StreamReader(path);
        var table = CsvTable.Parse(reader);
        return table.Records.Select(r => (r.Line, (Func<string, string?>)(c => table.Get(r, c)))).ToList();
    }

    private static IEnumerable<(int, Func<string, string?>)> JsonRows(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList()
            : root.TryGetProperty("rows", out var rows) ? rows.EnumerateArray().Select(r => r.TryGetProperty("row", out var inner) ? inner : r).ToList()
            : throw new InvalidDataException($"{Path.GetFileName(path)}: expected an array of rows or a {{\"rows\": [...]}} page");
        return items.Select((item, i) =>
        {
            var values = item.ValueKind == JsonValueKind.Object
                ? item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => p.Value.GetRawText(),
                })
                : [];
            return (i + 1, (Func<string, string?>)(c => values.GetValueOrDefault(c)));
        }).ToList();
    }

    private static async Task<IEnumerable<(int, Func<string, string?>)>> ParquetRows(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.Data.Select((row, i) => (i + 1, (Func<string, string?>)(c => row.TryGetValue(c, out var value) ? Text(value) : null))).ToList();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Flag(string? text) => text?.Trim().ToLowerInvariant() is "true" or "1" or "yes";

    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
