using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity: only the fields this bot reads or writes are typed; every other field
/// lands in <see cref="Extensions"/> and is written back unchanged (receivers must accept unknown fields, spec A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    /// <summary>Fallback text shown where the attachments cannot render.</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Card submit data (message) or the invoke payload.</summary>
    public JsonElement? Value { get; init; }

    public JsonElement? ChannelData { get; init; }

    /// <summary>The invoke or event name.</summary>
    public string? Name { get; init; }

    /// <summary>installationUpdate: add, remove (and the -upgrade variants).</summary>
    public string? Action { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public string? DeliveryMode { get; init; }

    // Settable, not init: the source generator binds init-only properties like constructor parameters, which extension
    // data cannot be. A Dictionary, not a JsonObject: with a JsonObject the generated writer nests the extra fields.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
