using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Slack.Wire;
using ChatOpsAdvisor.Slack.Work;

namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>
/// An event_callback as a turn: app_mention in channels (replied to in its thread, started under the
/// mention when it was top-level) and message.im in the bot's direct messages. Messages from bots
/// (the bot itself included) and message subtypes (edits, deletions, joins) are not turns.
/// </summary>
public static class EventTurns
{
    /// <returns>The work, or null with the reason it is ignored.</returns>
    public static SlackWork? From(SlackEnvelope envelope, string configuredBotUserId, out string reason)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var e = envelope.Event;
        var botIds = (envelope.Authorizations ?? []).Where(a => a.IsBot && a.UserId is not null).Select(a => a.UserId!)
            .Append(configuredBotUserId).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        reason = e switch
        {
            null => "no event",
            { BotId: not null } or { Subtype: not null } => "bot message or subtype " + e.Subtype,
            { User: null } or { Channel: null } or { Ts: null } or { Text: null } => "no user, channel, ts or text",
            _ when botIds.Contains(e.User) => "the bot's own message",
            { Type: SlackEventTypes.AppMention } when IsDirect(e.Channel) => "mention in a direct message (handled as message.im)",
            { Type: SlackEventTypes.AppMention } => string.Empty,
            { Type: SlackEventTypes.Message, ChannelType: SlackEventTypes.ChannelTypeIm } => string.Empty,
            _ => "event type " + e.Type,
        };
        if (reason.Length > 0 || e is null)
        {
            return null;
        }

        var place = new SlackPlace(e.Channel!, e.Type == SlackEventTypes.AppMention ? e.ThreadTs ?? e.Ts : e.ThreadTs);
        var tenant = envelope.TeamId ?? e.Team ?? envelope.EnterpriseId ?? string.Empty;
        var turn = new Turn(
            TurnKind.Message,
            ChannelKinds.Slack,
            tenant,
            place.ConversationId,
            e.User!,
            UserName: null,
            ActivityId: envelope.EventId ?? e.Ts!,
            Text: MentionText.Clean(e.Text, botIds, e.Type == SlackEventTypes.AppMention),
            ChannelId: e.Channel);
        return new SlackWork(turn, place);
    }

    /// <summary>Direct-message channel ids start with D.</summary>
    private static bool IsDirect(string? channel) => channel is not null && channel.StartsWith('D');
}
