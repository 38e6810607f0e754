using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>A user or bot on a channel (Teams users look like <c>29:...</c>, bots <c>28:&lt;appId&gt;</c>).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
