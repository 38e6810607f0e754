using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Scores an answer that should be JSON: the whole answer, or a ```json fenced block inside it, is
/// parsed and the value at a dotted path ("result.label", "items.0") compared with the expected
/// text. An answer that is not JSON is wrong (the model did not follow the format), not a failure.
/// </summary>
public static partial class JsonFieldAnswer
{
    public static bool Matches(string answer, string path, string expected)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(expected);
        var json = Unfence(answer);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Find(document.RootElement, path) is { } value && SameValue(value, expected.Trim());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The body of the first ``` fence (```json or bare), else the answer itself.</summary>
    public static string Unfence(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var match = Fence().Match(answer);
        return (match.Success ? match.Groups["body"].Value : answer).Trim();
    }

    private static JsonElement? Find(JsonElement element, string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }

        return element;
    }

    private static bool SameValue(JsonElement value, string expected) => value.ValueKind switch
    {
        JsonValueKind.String => string.Equals(value.GetString()?.Trim(), expected, StringComparison.Ordinal),
        JsonValueKind.Number => value.TryGetDecimal(out var number) && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var wanted)
            ? number == wanted
            : value.GetRawText() == expected,
        _ => value.GetRawText() == expected,
    };

    [GeneratedRegex(@"```[ \t]*(?:json)?[ \t]*\r?\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Fence();
}
