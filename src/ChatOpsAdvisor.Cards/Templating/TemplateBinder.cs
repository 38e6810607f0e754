using System.Buffers;
using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Cards.Templating;

/// <summary>
/// Binds an Adaptive Cards Templating template (the subset our templates use), writing the card straight into a
/// <see cref="Utf8JsonWriter"/>: <c>${path}</c> in strings (a whole-string expression keeps the value's type),
/// <c>$data</c> to change the data context (an array repeats the element once per item), and <c>$when</c> to drop
/// an element. Paths: <c>a.b</c>, <c>$root.a</c>, <c>$data</c>, <c>$index</c>; <c>!path</c> negates. The template is
/// read once into a <see cref="TemplateNode"/> tree; values are written as JSON values by the writer, never
/// spliced into JSON text, so user text cannot break a card.
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
    private static readonly JsonElement NullElement = Constant("null");
    private static readonly JsonElement TrueElement = Constant("true");
    private static readonly JsonElement FalseElement = Constant("false");

    public static JsonNode? Bind(JsonNode template, JsonNode? data) => Bind(template, ToElement(data));

    /// <summary>Binds into a JSON node (tests, the Slack renderer, the size guard's shortening): written once, read back lazily.</summary>
    public static JsonNode? Bind(JsonNode template, JsonElement data)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Bind(template, data, writer);
        }

        return JsonNode.Parse(buffer.WrittenSpan);
    }

    /// <summary>
    /// Binds with the data as a <see cref="JsonElement"/> (the view model serialized once, read in place) straight
    /// into <paramref name="writer"/>: the card is written once, as it is bound, with no tree of nodes in between.
    /// Writes exactly one JSON value (null when the root is dropped by its <c>$when</c>).
    /// </summary>
    public static void Bind(JsonNode template, JsonElement data, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(writer);
        Write(TemplateNode.Of(template), new Scope(data, data, null), writer, inArray: false);
    }

    /// <summary>
    /// One template node. Where one value belongs (a property, the root), a dropped object is null and an object
    /// whose <c>$data</c> is an array is its copies as an array (a single copy is the object itself). Inside an
    /// array (<paramref name="inArray"/>) a node stands for any number of items, as the official engine flattens
    /// them: a dropped or null item vanishes, and an array result (a nested array, an object repeated by
    /// <c>$data</c>, a whole expression whose value is an array) gives its items in its place.
    /// </summary>
    private static void Write(TemplateNode? node, Scope scope, Utf8JsonWriter writer, bool inArray)
    {
        switch (node)
        {
            case TemplateNode.ArrayNode array:
                if (!inArray)
                {
                    writer.WriteStartArray();
                }

                foreach (var item in array.Items)
                {
                    Write(item, scope, writer, inArray: true);
                }

                if (!inArray)
                {
                    writer.WriteEndArray();
                }

                break;
            case TemplateNode.ObjectNode obj when !obj.HasData:
                // The common case, without $data: one element or none, and no list of scopes.
                if (Kept(obj, scope))
                {
                    WriteProperties(obj, scope, writer);
                }
                else if (!inArray)
                {
                    writer.WriteNullValue();
                }

                break;
            case TemplateNode.ObjectNode obj:
                WriteCopies(obj, Copies(obj, scope), writer, inArray);
                break;
            case TemplateNode.StringNode text:
                WriteString(text, scope, writer, inArray);
                break;
            case TemplateNode.LiteralNode literal:
                literal.Value.WriteTo(writer);
                break;
            default:
                if (!inArray)
                {
                    writer.WriteNullValue();
                }

                break;
        }
    }

    private static void WriteCopies(TemplateNode.ObjectNode obj, List<Scope> copies, Utf8JsonWriter writer, bool inArray)
    {
        if (!inArray && copies.Count != 1)
        {
            if (copies.Count == 0)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartArray();
            copies.ForEach(copy => WriteProperties(obj, copy, writer));
            writer.WriteEndArray();
            return;
        }

        copies.ForEach(copy => WriteProperties(obj, copy, writer));
    }

    /// <summary>A <c>$when</c> that is not a <c>${...}</c> expression is refused when its object is reached.</summary>
    private static void RefuseInvalidWhen(TemplateNode.ObjectNode obj)
    {
        if (obj.WhenError is { } error)
        {
            throw new InvalidDataException(error);
        }
    }

    /// <summary>Whether an object's <c>$when</c> (if any) keeps it in this scope.</summary>
    private static bool Kept(TemplateNode.ObjectNode obj, Scope scope)
    {
        RefuseInvalidWhen(obj);
        return obj.When is null || IsTrue(obj.When, scope);
    }

    /// <summary>
    /// The scopes an object with <c>$data</c> is written in: its single <c>$data</c> value, or one per kept item
    /// when <c>$data</c> is an array; none when its <c>$when</c> drops them all.
    /// </summary>
    private static List<Scope> Copies(TemplateNode.ObjectNode obj, Scope scope)
    {
        RefuseInvalidWhen(obj);
        var context = obj.DataText is { } text ? DataContext(text, scope) : obj.DataInline!.Value;
        if (context.ValueKind != JsonValueKind.Array)
        {
            var single = scope with { Data = context };
            return Kept(obj, single) ? [single] : [];
        }

        var kept = new List<Scope>(context.GetArrayLength());
        var i = 0;
        foreach (var item in context.EnumerateArray())
        {
            var itemScope = scope with { Data = item, Index = i++ };
            if (Kept(obj, itemScope))
            {
                kept.Add(itemScope);
            }
        }

        return kept;
    }

    private static void WriteProperties(TemplateNode.ObjectNode obj, Scope scope, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var property in obj.Properties)
        {
            writer.WritePropertyName(property.Name);
            Write(property.Value, scope, writer, inArray: false);
        }

        writer.WriteEndObject();
    }

    /// <summary>$when: only a whole expression that evaluates to boolean true keeps the element (missing values are not substituted).</summary>
    private static bool IsTrue(TemplateNode.StringNode when, Scope scope)
    {
        if (when.Parts is not [{ IsExpression: true } only])
        {
            return false;
        }

        var result = Evaluate(only, scope);
        return result.Found && result.Value.ValueKind == JsonValueKind.True;
    }

    private static void WriteString(TemplateNode.StringNode text, Scope scope, Utf8JsonWriter writer, bool inArray)
    {
        if (text.Literal is { } literal)
        {
            writer.WriteStringValue(literal);
            return;
        }

        var parts = text.Parts;

        // A string that is exactly one expression keeps the value's JSON type (number, boolean, object, array, null).
        if (parts is [{ IsExpression: true } whole])
        {
            var result = Evaluate(whole, scope);
            if (!result.Found)
            {
                writer.WriteStringValue(Unbound(whole.Text));
            }
            else
            {
                WriteData(result.Value, writer, inArray);
            }

            return;
        }

        WriteInterpolated(parts, scope, writer);
    }

    /// <summary>
    /// A data value placed in the card, copied from the data's element as it is (no node is made). In an array,
    /// a null value vanishes and an array value gives its items (each as it is, nulls included).
    /// </summary>
    private static void WriteData(JsonElement value, Utf8JsonWriter writer, bool inArray)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array when inArray:
                foreach (var item in value.EnumerateArray())
                {
                    item.WriteTo(writer);
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                if (!inArray)
                {
                    writer.WriteNullValue();
                }

                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    /// <summary>What a <c>$data</c> string selects: the value of a whole expression, else the string itself.</summary>
    private static JsonElement DataContext(TemplateNode.StringNode text, Scope scope)
    {
        var parts = text.Parts;
        if (parts is [{ IsExpression: true } whole])
        {
            var result = Evaluate(whole, scope);
            return result.Found ? result.Value : StringElement(Unbound(whole.Text));
        }

        return StringElement(parts is [{ IsExpression: false } literal] ? literal.Text : Interpolate(parts, scope));
    }

    /// <summary>
    /// Text and expressions written as one JSON string in UTF-8 pieces, so that no builder and no joined string is
    /// made per value: literal text from its bytes encoded once, a data string from the data's own bytes when it
    /// holds no escape, anything else (numbers, escaped strings, a missing value) through its text. The writer
    /// escapes each piece as it would the joined string. Same result as <see cref="Interpolate"/>.
    /// </summary>
    private static void WriteInterpolated(Part[] parts, Scope scope, Utf8JsonWriter writer)
    {
        foreach (var part in parts)
        {
            if (!part.IsExpression)
            {
                writer.WriteStringValueSegment(part.Utf8, isFinalSegment: false);
                continue;
            }

            var result = Evaluate(part, scope);
            if (result.Found && TryUnescapedUtf8(result.Value, out var utf8))
            {
                writer.WriteStringValueSegment(utf8, isFinalSegment: false);
            }
            else
            {
                WriteTextSegment(Text(part, result), writer);
            }
        }

        writer.WriteStringValueSegment(ReadOnlySpan<byte>.Empty, isFinalSegment: true);
    }

    /// <summary>A string element's value as the bytes it was read from, when they hold no escape (then they are the value).</summary>
    private static bool TryUnescapedUtf8(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            return false;
        }

        utf8 = raw[1..^1];
        return true;
    }

    private static void WriteTextSegment(string text, Utf8JsonWriter writer)
    {
        var rented = text.Length <= 128 ? null : ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[Encoding.UTF8.GetMaxByteCount(128)];
            var length = Encoding.UTF8.GetBytes(text, buffer);
            writer.WriteStringValueSegment(buffer[..length], isFinalSegment: false);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string Interpolate(Part[] parts, Scope scope) =>
        string.Concat(parts.Select(part => part.IsExpression ? Text(part, Evaluate(part, scope)) : part.Text));

    /// <summary>An expression's text inside a longer string: its value as JavaScript prints it, or the expression itself when missing.</summary>
    private static string Text(Part expression, Result result) => result.Found ? AsText(result.Value) : Unbound(expression.Text);

    /// <summary>Data given as nodes (tests, the Slack renderer, a template's inline <c>$data</c>), read as one element.</summary>
    internal static JsonElement ToElement(JsonNode? node)
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

    /// <summary>Splits a template string into literal text and <c>${...}</c> expressions (their inner text).</summary>
    internal static List<Part> Split(string text)
    {
        var parts = new List<Part>();
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            parts.Add(new Part(text, isExpression: false));
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
                parts.Add(new Part(text[at..start], isExpression: false));
            }

            parts.Add(new Part(text[(start + 2)..end], isExpression: true));
            at = end + 1;
            start = text.IndexOf("${", at, StringComparison.Ordinal);
        }

        if (at < text.Length)
        {
            parts.Add(new Part(text[at..], isExpression: false));
        }

        return parts;
    }

    /// <summary>
    /// Evaluates <c>path</c> or <c>!path</c>. <see cref="Result.Found"/> is false when a step of the path is
    /// missing (a null value is found, and is null).
    /// </summary>
    private static Result Evaluate(Part expression, Scope scope)
    {
        var path = expression.Path;
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

    /// <summary>Literal text, or the inner text of a <c>${...}</c> expression whose path is parsed on first use.</summary>
    internal sealed class Part(string text, bool isExpression)
    {
        private Path? path;
        private byte[]? utf8;

        public string Text { get; } = text;

        public bool IsExpression { get; } = isExpression;

        /// <summary>The text in UTF-8, encoded on first use (a literal piece of an interpolated string).</summary>
        public byte[] Utf8 => utf8 ??= Encoding.UTF8.GetBytes(Text);

        public Path Path => path ??= Path.Parse(Text);
    }

    /// <summary>A parsed <c>path</c> or <c>!path</c>; a leading <c>$root</c>/<c>$data</c>/<c>$index</c> is lower-cased (they match ignoring case).</summary>
    internal sealed record Path(int Negations, string[] Segments)
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
