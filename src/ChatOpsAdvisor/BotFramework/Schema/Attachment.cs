using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>
/// An attachment; for an Adaptive Card, <see cref="Content"/> is the card: a JSON object as read from the wire,
/// or, in the bot's own replies, the rendered card's bytes (<c>CardJson.AsContent()</c>, a JSON value written out
/// verbatim — read it through <c>ToJsonString()</c>, not as an object).
/// </summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    public JsonNode? Content { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
