using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOpsAdvisor.Cards;

/// <summary>
/// A bound Adaptive Card as the UTF-8 JSON it was written into (<see cref="AdaptiveCardRenderer"/> writes each card
/// once, as it binds it). <see cref="AsContent"/> places it in an activity without reading it again: the reply's
/// serializer copies these bytes as they are. <see cref="ToObject"/> reads it for code that looks inside.
/// </summary>
/// <remarks>
/// A serializer writing an activity resolves the card through its own context, which must therefore list
/// <see cref="CardJson"/> (the Bot Framework schema's context does); the converter named here copies the bytes.
/// </remarks>
[JsonConverter(typeof(VerbatimConverter))]
public sealed class CardJson
{
    // Nothing is resolved through these options: the converter is given (the empty resolver only satisfies the serializer).
    private static readonly JsonTypeInfo<CardJson> Verbatim = JsonMetadataServices.CreateValueInfo<CardJson>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new VerbatimConverter());

    private readonly byte[] utf8;

    /// <param name="utf8">One complete JSON object, as a <see cref="Utf8JsonWriter"/> wrote it (not checked again).</param>
    internal CardJson(byte[] utf8) => this.utf8 = utf8;

    /// <summary>The card's size in bytes, as Teams counts it against its limit.</summary>
    public int Size => utf8.Length;

    public ReadOnlySpan<byte> Utf8 => utf8;

    /// <summary>Writes a card built as nodes (renderers that only build nodes, the size guard's shortened card).</summary>
    public static CardJson From(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            card.WriteTo(writer);
        }

        return new CardJson(buffer.WrittenSpan.ToArray());
    }

    /// <summary>The card as a JSON node for an attachment's content, written out verbatim when the activity is serialized.</summary>
    public JsonNode AsContent() => JsonValue.Create(this, Verbatim)!;

    /// <summary>The card read into a mutable object (each call reads it anew).</summary>
    public JsonObject ToObject() => JsonNode.Parse(utf8)!.AsObject();

    public override string ToString() => System.Text.Encoding.UTF8.GetString(utf8);

    /// <summary>Writes the card's bytes as they are; a card is never read back through a serializer.</summary>
    public sealed class VerbatimConverter : JsonConverter<CardJson>
    {
        public override CardJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("a card is only ever written");

        public override void Write(Utf8JsonWriter writer, CardJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.utf8, skipInputValidation: true);
    }
}
