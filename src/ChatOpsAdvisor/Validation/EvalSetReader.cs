using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Reads a JSONL eval set: one object per line with <c>prompt</c>, <c>expected</c>, <c>scoring</c>
/// (and <c>field</c> for json-field, optional <c>id</c>). Blank lines are ignored; bad lines are
/// reported with their numbers and skipped.
/// </summary>
public static class EvalSetReader
{
    public static async Task<EvalSet> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        return await ReadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<EvalSet> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<EvalItem>();
        var skipped = new List<EvalLineProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (item, problem) = Parse(line, number);
            if (item is not null && !ids.Add(item.Id))
            {
                problem = $"duplicate id \"{item.Id}\"";
            }

            if (problem is not null)
            {
                skipped.Add(new EvalLineProblem(number, problem));
            }
            else
            {
                items.Add(item!);
            }
        }

        return new EvalSet(items, skipped);
    }

    private static (EvalItem? Item, string? Problem) Parse(string line, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return (null, "not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            var prompt = Text(root, "prompt");
            var expected = Text(root, "expected");
            var scoring = Text(root, "scoring");
            var field = Text(root, "field");
            var id = Text(root, "id") ?? string.Create(CultureInfo.InvariantCulture, $"line {number}");
            string? problem = (prompt, expected, scoring) switch
            {
                (null or "", _, _) => "\"prompt\" is missing or empty",
                (_, null, _) => "\"expected\" is missing (a string)",
                (_, _, null) => "\"scoring\" is missing, one of: " + string.Join(", ", ScoringKinds.All),
                _ when !ScoringKinds.All.Contains(scoring) => $"unknown scoring \"{scoring}\", one of: " + string.Join(", ", ScoringKinds.All),
                _ when scoring == ScoringKinds.JsonField && string.IsNullOrWhiteSpace(field) => "json-field scoring needs \"field\" (a path such as \"result.label\")",
                _ when scoring == ScoringKinds.Regex && !IsRegex(expected!) => "\"expected\" is not a valid regular expression",
                _ => null,
            };
            return problem is null ? (new EvalItem(id, number, prompt!, expected!, scoring!, field), null) : (null, problem);
        }
    }

    /// <summary>A string property; numbers and booleans are taken as their JSON text so "expected": 42 works.</summary>
    private static string? Text(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, AnswerScorer.RegexTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
