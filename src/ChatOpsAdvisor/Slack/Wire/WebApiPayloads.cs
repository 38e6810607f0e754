using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Slack.Wire;

/// <summary>chat.postMessage: blocks with their text fallback, in a thread when <see cref="ThreadTs"/> is set.</summary>
public sealed record PostMessageRequest(string Channel, string Text, JsonArray Blocks, string? ThreadTs = null);

/// <summary>chat.update of a message the bot posted, by channel and ts.</summary>
public sealed record UpdateMessageRequest(string Channel, string Ts, string Text, JsonArray Blocks);

/// <summary>Every Web API answer: ok, or the error code; posted messages say where they are.</summary>
public sealed record SlackApiResponse(bool Ok, string? Error, string? Channel, string? Ts, string? Warning, ResponseMetadata? ResponseMetadata);

/// <summary>Details of an error (e.g. which block is invalid) or of warnings.</summary>
public sealed record ResponseMetadata(IReadOnlyList<string>? Messages);
