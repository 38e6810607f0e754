using System.Text.Json.Nodes;
using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Builds replies the way the SDK's CreateReply does (bot-protocol.md §a): from = inbound recipient,
/// recipient = inbound from, the same conversation (id, isGroup, name), replyToId = inbound id, same channel and locale.
/// </summary>
public static class ReplyActivities
{
    /// <summary>An Adaptive Card reply; <paramref name="fallbackText"/> is the summary shown where cards cannot render.</summary>
    public static Activity Card(Activity inbound, JsonNode card, string fallbackText)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return Reply(inbound) with
        {
            Summary = fallbackText,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
        };
    }

    /// <summary>A plain-text reply (the last resort when even the error card cannot be rendered).</summary>
    public static Activity Text(Activity inbound, string text)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return Reply(inbound) with { Text = text, TextFormat = "plain" };
    }

    private static Activity Reply(Activity inbound) => new()
    {
        Type = ActivityTypes.Message,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = new ConversationAccount
        {
            Id = inbound.Conversation?.Id,
            IsGroup = inbound.Conversation?.IsGroup,
            Name = inbound.Conversation?.Name,
        },
        ReplyToId = inbound.Id,
        ChannelId = inbound.ChannelId,
        Locale = inbound.Locale,
    };
}
