using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>The few activity fields floor (b) reads and writes; everything else in the activity is skipped.</summary>
internal sealed record WireActivity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public WireAccount? From { get; init; }

    public WireAccount? Recipient { get; init; }

    public WireConversation? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }
}

internal sealed record WireAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

internal sealed record WireConversation
{
    public string? Id { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WireActivity))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
