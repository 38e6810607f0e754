using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>Posts each reply to the trusted service URL: as a reply when it has a replyToId, else to the conversation.</summary>
public sealed class ConnectorReplySink(ConnectorClient connector, Uri serviceUrl) : IReplySink
{
    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var conversationId = reply.Conversation?.Id ?? throw new ArgumentException("A reply needs a conversation id.", nameof(reply));
        var sent = string.IsNullOrEmpty(reply.ReplyToId)
            ? await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken).ConfigureAwait(false);
        return sent?.Id;
    }

    /// <summary>
    /// PUT to where the card was posted. Its service URL was recorded from an authenticated activity (spec A7560);
    /// cards of other adapters (Slack, the terminal) are theirs to edit.
    /// </summary>
    public async Task UpdateAsync(CardReference target, Activity replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(replacement);
        if (target.ChannelKind is ChannelKinds.Slack or ChannelKinds.Cli)
        {
            return;
        }

        var activity = replacement with { Conversation = new ConversationAccount { Id = target.ConversationId }, ReplyToId = null, Recipient = null };
        await connector.UpdateActivityAsync(ServiceUrlPolicy.Parse(target.ServiceUrl) ?? serviceUrl, target.ConversationId, target.MessageId, activity, cancellationToken).ConfigureAwait(false);
    }
}
