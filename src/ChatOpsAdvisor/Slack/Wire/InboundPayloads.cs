using System.Text.Json;

namespace ChatOpsAdvisor.Slack.Wire;

// What the bot reads from Slack (snake_case on the wire, see SlackJsonContext); every field optional,
// unknown fields ignored. Shapes: shared/reference/bot-protocol.md §e.2 and the saved Events API
// envelope schema (shared/reference/schemas/slack-events-api-common-event-wrapper.schema.json).

/// <summary>An Events API request: url_verification or event_callback.</summary>
public sealed record SlackEnvelope(
    string? Type, string? Challenge, string? TeamId, string? EnterpriseId, string? EventId, SlackEvent? Event, IReadOnlyList<SlackAuthorization>? Authorizations);

/// <summary>The inner event of an event_callback (app_mention, message).</summary>
public sealed record SlackEvent(
    string? Type, string? Subtype, string? User, string? BotId, string? Text, string? Channel, string? ChannelType, string? Ts, string? ThreadTs, string? Team);

/// <summary>Who the event is delivered for: the bot user's id when <see cref="IsBot"/>.</summary>
public sealed record SlackAuthorization(string? UserId, bool IsBot);

/// <summary>An interactivity payload (form field payload=); only block_actions is acted on.</summary>
public sealed record InteractionPayload(
    string? Type, SlackUser? User, SlackTeam? Team, SlackTeam? Enterprise, SlackChannel? Channel, SlackContainer? Container,
    SlackMessageRef? Message, BlockState? State, IReadOnlyList<BlockAction>? Actions, string? TriggerId);

public sealed record SlackUser(string? Id, string? Name, string? Username, string? TeamId);

public sealed record SlackTeam(string? Id);

public sealed record SlackChannel(string? Id);

/// <summary>Where the clicked element is: the message's channel and ts, and its thread when it is in one.</summary>
public sealed record SlackContainer(string? Type, string? ChannelId, string? MessageTs, string? ThreadTs);

public sealed record SlackMessageRef(string? Ts, string? ThreadTs);

/// <summary>The input blocks' current values: block_id → action_id → element state.</summary>
public sealed record BlockState(Dictionary<string, Dictionary<string, JsonElement>>? Values);

public sealed record BlockAction(string? Type, string? ActionId, string? BlockId, string? Value, string? ActionTs);

/// <summary>The url_verification answer.</summary>
public sealed record ChallengeAnswer(string Challenge);
