using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Cards.Templating;

/// <summary>
/// Binds an Adaptive Cards Templating template (the subset our templates use) on a JsonNode tree:
/// <c>${path}</c> in strings (a whole-string expression keeps the value's type), <c>$data</c> to
/// change the data context (an array repeats the element once per item), and <c>$when</c> to drop
/// an element. Paths: <c>a.b</c>, <c>$root.a</c>, <c>$data</c>, <c>$index</c>; <c>!path</c> negates.
/// Values are copied as JSON nodes, never spliced into JSON text, so user text cannot break a card.
/// </summary>
/// <remarks>
/// The official engine (npm adaptivecards-templating 2.3.1, on Adaptive Expressions) must produce the
/// same card: tests/ChatOpsAdvisor.Cards.Tests/Conformance runs both on every template and on edge
/// cases. Its rules, followed here: <c>$when</c> keeps an element only when it evaluates to boolean
/// <c>true</c>; <c>!x</c> is true only for false, null and missing values; property names match
/// case-insensitively; a missing value stays as its expression text (<c>${name}</c>), so a typo in a
/// template is visible rather than silently empty; a null whole-string value is null; inside a longer
/// string numbers print as JavaScript prints them, arrays as comma-joined items; a dropped object is a
/// null property but vanishes from an array; array results inside arrays are flattened; <c>$index</c>
/// belongs to the nearest repeated element. Two deliberate differences: a null value inside a longer
/// string prints as nothing (the official engine throws), and anything outside the subset (functions,
/// operators, literals, indexers, backslashes or backquotes near an expression, a literal <c>$when</c>)
/// is refused with an exception instead of being guessed at.
/// </remarks>
public static partial class TemplateBinder
{
    private const int MaxCached = 20_000;

    private static readonly JsonElement NullElement = Constant("null");
    private static readonly JsonElement TrueElement = Constant("true");
    private static readonly JsonElement FalseElement = Constant("false");

    private static readonly ConcurrentDictionary<string, Part[]> ParsedStrings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Path> ParsedPaths = new(StringComparer.Ordinal);

    /// <summary>Properties the official engine consumes and never copies into the card.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion" };

    public static JsonNode? Bind(JsonNode template, JsonNode? data) => Bind(template, ToElement(data));

    /// <summary>
    /// Binds with the data as a <see cref="JsonElement"/> (the renderer's path: the view model serialized once,
    /// read in place, and values placed in the card as nodes over the same immutable document).
    /// </summary>
    public static JsonNode? Bind(JsonNode template, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Expand(template, new Scope(data, data, null));
    }

    /// <summary>
    /// One template node in one scope. An object with <c>$data</c> bound to an array yields a JsonArray of
    /// its copies (a single copy is the object itself); a dropped object yields null.
    /// </summary>
    private static JsonNode? Expand(JsonNode? node, Scope scope)
    {
        switch (node)
        {
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    switch (Expand(item, scope))
                    {
                        case null:
                            break;
                        case JsonArray many:
                            var copies = many.ToArray();
                            many.Clear();
                            foreach (var copy in copies)
                            {
                                items.Add(copy);
                            }

                            break;
                        case var one:
                            items.Add(one);
                            break;
                    }
                }

                return items;
            case JsonObject obj:
                return ExpandObject(obj, scope);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return BindString(value.GetValue<string>(), scope);
            case null:
                return null;
            default:
                return node.DeepClone();
        }
    }

    private static JsonNode? ExpandObject(JsonObject obj, Scope scope)
    {
        obj.TryGetPropertyValue("$when", out var when);
        if (when is not null && !(when is JsonValue w && w.GetValueKind() == JsonValueKind.String && w.GetValue<string>().Contains("${", StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"$when must be a ${{...}} expression, not {when.ToJsonString()}");
        }

        if (!obj.TryGetPropertyValue("$data", out var dataExpr))
        {
            // The common case, without $data: one element or none, and nothing to collect.
            return when is null || IsTrue(when.GetValue<string>(), scope) ? BindProperties(obj, scope) : null;
        }

        var context = dataExpr is JsonValue d && d.GetValueKind() == JsonValueKind.String
            ? DataContext(d.GetValue<string>(), scope)
            : ToElement(dataExpr);
        if (context.ValueKind != JsonValueKind.Array)
        {
            var single = scope with { Data = context };
            return when is null || IsTrue(when.GetValue<string>(), single) ? BindProperties(obj, single) : null;
        }

        var results = new List<JsonObject>(context.GetArrayLength());
        var i = 0;
        foreach (var item in context.EnumerateArray())
        {
            var itemScope = scope with { Data = item, Index = i++ };
            if (when is null || IsTrue(when.GetValue<string>(), itemScope))
            {
                results.Add(BindProperties(obj, itemScope));
            }
        }

        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    private static JsonObject BindProperties(JsonObject obj, Scope scope)
    {
        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            if (!Reserved.Contains(name))
            {
                result.Add(name, Expand(value, scope));
            }
        }

        return result;
    }

    /// <summary>$when: only a whole expression that evaluates to boolean true keeps the element (missing values are not substituted).</summary>
    private static bool IsTrue(string when, Scope scope)
    {
        var parts = Parse(when);
        if (parts is not [Part { IsExpression: true } only])
        {
            return false;
        }

        var result = Evaluate(only.Text, scope);
        return result.Found && result.Value.ValueKind == JsonValueKind.True;
    }

    private static JsonNode? BindString(string text, Scope scope)
    {
        var parts = Parse(text);
        if (parts is [{ IsExpression: false } literal])
        {
            return JsonValue.Create(literal.Text);
        }

        // A string that is exactly one expression keeps the value's JSON type (number, boolean, object, array, null).
        if (parts is [{ IsExpression: true } whole])
        {
            var result = Evaluate(whole.Text, scope);
            return !result.Found ? JsonValue.Create(Unbound(whole.Text)) : ToNode(result.Value);
        }

        return JsonValue.Create(Interpolate(parts, scope));
    }

    /// <summary>What a <c>$data</c> string selects: the value of a whole expression, else the string itself.</summary>
    private static JsonElement DataContext(string text, Scope scope)
    {
        var parts = Parse(text);
        if (parts is [{ IsExpression: true } whole])
        {
            var result = Evaluate(whole.Text, scope);
            return result.Found ? result.Value : StringElement(Unbound(whole.Text));
        }

        return StringElement(parts is [{ IsExpression: false } literal] ? literal.Text : Interpolate(parts, scope));
    }

    private static string Interpolate(Part[] parts, Scope scope)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (!part.IsExpression)
            {
                builder.Append(part.Text);
                continue;
            }

            var result = Evaluate(part.Text, scope);
            builder.Append(result.Found ? AsText(result.Value) : Unbound(part.Text));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A data value placed in the card. Strings become plain string values; numbers, booleans, objects and arrays
    /// become nodes over the data's own element (immutable, so nothing is copied; an object or array is read only
    /// when the card is written or walked).
    /// </summary>
    private static JsonNode? ToNode(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonValue.Create(value.GetString()),
        JsonValueKind.Object => JsonObject.Create(value),
        JsonValueKind.Array => JsonArray.Create(value),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => JsonValue.Create(value),
        _ => null,
    };

    /// <summary>Data given as nodes (tests, the Slack renderer, a template's inline <c>$data</c>), read as one element.</summary>
    private static JsonElement ToElement(JsonNode? node)
    {
        if (node is null)
        {
            return NullElement;
        }

        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonElement StringElement(string text)
    {
        using var document = JsonDocument.Parse(JsonValue.Create(text).ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonElement Constant(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Splits a template string into literal text and <c>${...}</c> expressions (their inner text), once per
    /// distinct string: only template strings are parsed (data values are copied, never parsed), so the cache is
    /// bounded by the templates' text.
    /// </summary>
    private static Part[] Parse(string text) => Cached(ParsedStrings, text, static t => [.. Split(t)]);

    /// <summary>Parses once per distinct template text; past <see cref="MaxCached"/> entries (templates nobody ships) it just parses.</summary>
    private static T Cached<T>(ConcurrentDictionary<string, T> cache, string text, Func<string, T> parse) =>
        cache.TryGetValue(text, out var parsed) ? parsed
        : cache.Count < MaxCached ? cache.GetOrAdd(text, parse)
        : parse(text);

    private static List<Part> Split(string text)
    {
        var parts = new List<Part>();
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            parts.Add(new Part(text, IsExpression: false));
            return parts;
        }

        // The official engine parses the whole string as an Adaptive Expressions template literal, where
        // backslashes escape and a backquote ends the literal (it throws); neither is worth imitating.
        if (text.AsSpan().IndexOfAny('\\', '`') >= 0)
        {
            throw new NotSupportedException($"card template string \"{text}\" mixes ${{...}} with a backslash or backquote; the official templating engine reads those as escapes");
        }

        var at = 0;
        while (start >= 0)
        {
            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            if (start > at)
            {
                parts.Add(new Part(text[at..start], IsExpression: false));
            }

            parts.Add(new Part(text[(start + 2)..end], IsExpression: true));
            at = end + 1;
            start = text.IndexOf("${", at, StringComparison.Ordinal);
        }

        if (at < text.Length)
        {
            parts.Add(new Part(text[at..], IsExpression: false));
        }

        return parts;
    }

    /// <summary>
    /// Evaluates <c>path</c> or <c>!path</c>. <see cref="Result.Found"/> is false when a step of the path is
    /// missing (a null value is found, and is null).
    /// </summary>
    private static Result Evaluate(string expression, Scope scope)
    {
        var path = Cached(ParsedPaths, expression, Path.Parse);
        var value = Walk(path, scope);
        if (path.Negations == 0)
        {
            return value;
        }

        // Adaptive Expressions: only false, null and missing are false; "!!x" is x as a boolean.
        var isTrue = value.Found && value.Value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False);
        return new Result(true, path.Negations % 2 == 0 == isTrue ? TrueElement : FalseElement);
    }

    private static Result Walk(Path path, Scope scope)
    {
        var segments = path.Segments;
        var current = segments[0] switch
        {
            "$root" => new Result(true, scope.Root),
            "$data" => new Result(true, scope.Data),
            "$index" when scope.Index is { } index => new Result(true, Constant(index.ToString(CultureInfo.InvariantCulture))),
            ['$', ..] => Result.Missing,
            var name => Property(scope.Data, name),
        };

        for (var i = 1; i < segments.Length && current.Found; i++)
        {
            current = Property(current.Value, segments[i]);
        }

        return current;
    }

    /// <summary>
    /// A property of an object, matched as Adaptive Expressions does: the first name equal ignoring case (JavaScript
    /// toLowerCase on both). Path names are ASCII (<see cref="PathSyntax"/>), so for a name stored as plain ASCII
    /// the raw UTF-8 bytes are compared ignoring ASCII case, without making a string; only an escaped or non-ASCII
    /// name (a Kelvin sign lowercases to "k") takes the slow, allocating comparison.
    /// </summary>
    private static Result Property(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return Result.Missing;
        }

        foreach (var property in node.EnumerateObject())
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            var matches = raw.IndexOf((byte)'\\') < 0 && Ascii.IsValid(raw)
                ? Ascii.EqualsIgnoreCase(raw, name)
                : SlowNameEquals(property.Name, name);
            if (matches)
            {
                return new Result(true, property.Value);
            }
        }

        return Result.Missing;
    }

    private static bool SlowNameEquals(string key, string name) =>
        string.Equals(key, name, StringComparison.OrdinalIgnoreCase)
        || (!Ascii.IsValid(key) && string.Equals(key.ToLowerInvariant(), name.ToLowerInvariant(), StringComparison.Ordinal));

    /// <summary>What the official engine leaves for a missing value: the expression itself.</summary>
    private static string Unbound(string expression) => "${" + expression.Trim() + "}";

    /// <summary>A value inside a longer string, as JavaScript's toString prints it.</summary>
    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        // The official engine throws on null here; printing nothing keeps the bot answering.
        JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(AsText)),
        JsonValueKind.Object => "[object Object]",
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => JavaScriptNumber(double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => string.Empty,
    };

    /// <summary>ECMAScript Number::toString: the shortest round-trip digits, plain from 1e-7 to 1e21, exponential outside.</summary>
    private static string JavaScriptNumber(double number)
    {
        if (number == 0)
        {
            return "0";
        }

        var sign = number < 0 ? "-" : string.Empty;
        var shortest = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);

        // Digits and decimal exponent of the shortest round-trip form: value = 0.d1d2...dk × 10^n.
        var mantissa = shortest;
        var exponent = 0;
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponent = int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var allDigits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');

        var k = digits.Length;
        var n = integerDigits - leadingZeros + exponent;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var power = n - 1;
        var exponentText = (power >= 0 ? "+" : "-") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
        return sign + (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponentText;
    }

    [GeneratedRegex(@"^\$?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PathSyntax();

    private readonly record struct Part(string Text, bool IsExpression);

    /// <summary>A parsed <c>path</c> or <c>!path</c>; a leading <c>$root</c>/<c>$data</c>/<c>$index</c> is lower-cased (they match ignoring case).</summary>
    private sealed record Path(int Negations, string[] Segments)
    {
        public static Path Parse(string expression)
        {
            var expr = expression.Trim();
            var negations = 0;
            while (expr.StartsWith('!'))
            {
                negations++;
                expr = expr[1..].Trim();
            }

            if (!PathSyntax().IsMatch(expr) || expr is "true" or "false" or "null")
            {
                throw new NotSupportedException($"card template expression ${{{expression}}} is outside the supported subset (property paths, $root, $data, $index and !)");
            }

            var segments = expr.Split('.');
            if (segments[0].StartsWith('$'))
            {
                segments[0] = segments[0].ToLowerInvariant();
            }

            return new Path(negations, segments);
        }
    }

    /// <summary>A value looked up: a found null is <see cref="JsonValueKind.Null"/> (or Undefined for absent data).</summary>
    private readonly record struct Result(bool Found, JsonElement Value)
    {
        public static Result Missing => new(false, default);
    }

    /// <summary>The data in scope: the root, the current context, and the index of the nearest repeated element.</summary>
    private readonly record struct Scope(JsonElement Root, JsonElement Data, int? Index);
}
