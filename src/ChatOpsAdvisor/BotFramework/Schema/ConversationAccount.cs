using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>The conversation an activity belongs to; <see cref="TenantId"/> is the Entra tenant on Teams.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
