using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>
/// An entity attached to an activity. Only mentions are typed (<see cref="Mentioned"/>, <see cref="Text"/>);
/// other entity types (clientInfo, ...) keep their fields in <see cref="Extensions"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
