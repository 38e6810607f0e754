using System.Text.Json.Serialization;
using ChatOpsAdvisor.Cards;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>
/// Source-generated serializer for the wire types: camelCase, nulls omitted (spec A2004; the SDK
/// ignores nulls too), names matched case-insensitively on read, depth 128 as in the SDK.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    MaxDepth = 128)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(CardJson))] // a card placed in an attachment as its UTF-8 (CardJson.AsContent), written verbatim
public sealed partial class BotJsonContext : JsonSerializerContext;
