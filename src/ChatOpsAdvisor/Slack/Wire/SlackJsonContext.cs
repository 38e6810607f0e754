using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.Slack.Wire;

/// <summary>Source-generated serialisation of Slack's wire types (snake_case, nulls left out).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackEnvelope))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(ChallengeAnswer))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(SlackApiResponse))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
