using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Templating;

/// <summary>
/// A card template read once into what binding needs: property names and literal strings already JSON-escaped,
/// <c>$when</c> and <c>$data</c> found, reserved properties left out. Strings are split into literal text and
/// expressions on first use, and each expression's path is parsed on first use, then kept: a string the data
/// never reaches (under a <c>$when</c> that is false) is never parsed, so it cannot fail a card it is not in.
/// </summary>
internal abstract class TemplateNode
{
    private static readonly ConditionalWeakTable<JsonNode, TemplateNode> Compiled = new();

    /// <summary>Properties the official engine consumes and never copies into the card.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion" };

    /// <summary>The template's compiled form, made once per template instance (templates are never changed once loaded).</summary>
    public static TemplateNode Of(JsonNode template) => Compiled.GetValue(template, static t => Compile(t)!);

    private static TemplateNode? Compile(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => new ArrayNode([.. array.Select(Compile)]),
        JsonObject obj => ObjectNode.From(obj),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => new StringNode(value.GetValue<string>()),
        _ => new LiteralNode(node.DeepClone()),
    };

    public sealed class ArrayNode(TemplateNode?[] items) : TemplateNode
    {
        public TemplateNode?[] Items { get; } = items;
    }

    public sealed class ObjectNode : TemplateNode
    {
        private ObjectNode(Property[] properties, StringNode? when, string? whenError, StringNode? dataText, JsonElement? dataInline)
        {
            Properties = properties;
            When = when;
            WhenError = whenError;
            DataText = dataText;
            DataInline = dataInline;
        }

        public Property[] Properties { get; }

        /// <summary>The <c>$when</c> expression, if any.</summary>
        public StringNode? When { get; }

        /// <summary>Why the <c>$when</c> is refused (not a <c>${...}</c> string), reported when the object is reached.</summary>
        public string? WhenError { get; }

        /// <summary>A <c>$data</c> given as a string (usually one expression).</summary>
        public StringNode? DataText { get; }

        /// <summary>A <c>$data</c> given inline as JSON.</summary>
        public JsonElement? DataInline { get; }

        public bool HasData => DataText is not null || DataInline is not null;

        public static ObjectNode From(JsonObject obj)
        {
            obj.TryGetPropertyValue("$when", out var when);
            StringNode? whenNode = null;
            string? whenError = null;
            if (when is JsonValue w && w.GetValueKind() == JsonValueKind.String && w.GetValue<string>().Contains("${", StringComparison.Ordinal))
            {
                whenNode = new StringNode(w.GetValue<string>());
            }
            else if (when is not null)
            {
                whenError = $"$when must be a ${{...}} expression, not {when.ToJsonString()}";
            }

            StringNode? dataText = null;
            JsonElement? dataInline = null;
            if (obj.TryGetPropertyValue("$data", out var data))
            {
                if (data is JsonValue d && d.GetValueKind() == JsonValueKind.String)
                {
                    dataText = new StringNode(d.GetValue<string>());
                }
                else
                {
                    dataInline = TemplateBinder.ToElement(data);
                }
            }

            var properties = obj.Where(p => !Reserved.Contains(p.Key))
                .Select(p => new Property(JsonEncodedText.Encode(p.Key), Compile(p.Value)))
                .ToArray();
            return new ObjectNode(properties, whenNode, whenError, dataText, dataInline);
        }
    }

    public readonly record struct Property(JsonEncodedText Name, TemplateNode? Value);

    public sealed class StringNode : TemplateNode
    {
        private TemplateBinder.Part[]? parts;

        public StringNode(string text)
        {
            Text = text;

            // Escaped once, here: a lazily set struct could be read half-written by a concurrent first bind.
            Literal = text.Contains("${", StringComparison.Ordinal) ? null : JsonEncodedText.Encode(text);
        }

        public string Text { get; }

        /// <summary>Literal text and <c>${...}</c> expressions, split on first use (a reference, set whole).</summary>
        public TemplateBinder.Part[] Parts => parts ??= [.. TemplateBinder.Split(Text)];

        /// <summary>The string as written, escaped, when it holds no expression.</summary>
        public JsonEncodedText? Literal { get; }
    }

    /// <summary>A number, boolean or null written as the template has it.</summary>
    public sealed class LiteralNode(JsonNode value) : TemplateNode
    {
        public JsonNode Value { get; } = value;
    }
}
