using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Importing;

/// <summary>One LMArena text-leaderboard row: rating, 95% interval, votes, licence.</summary>
public sealed record ArenaEntry(int Line, string Name, double Score, double CiPlus, double CiMinus, int Votes, string? Organization, string? License)
{
    /// <summary>Closed models have no weights to deploy: the import skips them.</summary>
    public bool OpenWeights => License is { Length: > 0 } l && !l.Equals("Proprietary", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the LMArena CSV layout (rank, rank_stylectrl, model, arena_score, 95_pct_ci, votes, organization, license, …).</summary>
public static partial class ArenaReader
{
    public static IReadOnlyList<ArenaEntry> Read(string path, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var reader = new StreamReader(path);
        var table = CsvTable.Parse(reader);
        foreach (var column in new[] { "model", "arena_score", "95_pct_ci", "votes" })
        {
            if (!table.Has(column))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: not the LMArena layout (no \"{column}\" column)");
            }
        }

        var entries = new List<ArenaEntry>();
        foreach (var r in table.Records)
        {
            report.ArenaRows++;
            var name = table.Get(r, "model")?.Trim();
            var ci = Interval().Match(table.Get(r, "95_pct_ci") ?? string.Empty);
            if (string.IsNullOrEmpty(name))
            {
                report.Skip(path, r.Line, "no model name");
            }
            else if (!double.TryParse(table.Get(r, "arena_score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || score <= 0)
            {
                report.Skip(path, r.Line, $"arena_score is not a rating (\"{table.Get(r, "arena_score")}\")");
            }
            else if (!ci.Success)
            {
                report.Skip(path, r.Line, $"95_pct_ci is not \"+a/-b\" (\"{table.Get(r, "95_pct_ci")}\")");
            }
            else if (!int.TryParse(table.Get(r, "votes"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var votes) || votes < 0)
            {
                report.Skip(path, r.Line, $"votes is not a count (\"{table.Get(r, "votes")}\")");
            }
            else
            {
                entries.Add(new ArenaEntry(
                    r.Line, name, score,
                    double.Parse(ci.Groups["plus"].Value, CultureInfo.InvariantCulture),
                    double.Parse(ci.Groups["minus"].Value, CultureInfo.InvariantCulture),
                    votes, table.Get(r, "organization"), table.Get(r, "license")));
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^\s*\+(?<plus>\d+(?:\.\d+)?)\s*/\s*-(?<minus>\d+(?:\.\d+)?)\s*$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Interval();
}
