using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Slack.Work;
using Microsoft.Extensions.Primitives;

namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>
/// The /advisor slash command as a turn: the text after the command is what the person typed ("/advisor
/// 24GB, code assistant"); without text it starts step 1. Replies go to the channel, top level.
/// </summary>
public static class CommandTurns
{
    public static SlackWork? From(IReadOnlyDictionary<string, StringValues> form, out string reason)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Field(string name) => form.TryGetValue(name, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;
        var channel = Field("channel_id");
        var user = Field("user_id");
        reason = channel is null || user is null ? "no channel or user" : string.Empty;
        if (channel is null || user is null)
        {
            return null;
        }

        var text = MentionText.Clean(Field("text"), [], firstMentionIsBot: false);
        var place = new SlackPlace(channel, null);
        var turn = new Turn(
            TurnKind.Message,
            ChannelKinds.Slack,
            Field("team_id") ?? Field("enterprise_id") ?? string.Empty,
            place.ConversationId,
            user,
            Field("user_name"),
            Field("trigger_id") ?? channel + ":" + user + ":" + Field("command"),
            Text: text.Length == 0 ? null : text,
            Inputs: text.Length == 0 ? new Dictionary<string, string> { [InputIds.Verb] = Verbs.Start } : null,
            ChannelId: channel);
        return new SlackWork(turn, place);
    }
}
