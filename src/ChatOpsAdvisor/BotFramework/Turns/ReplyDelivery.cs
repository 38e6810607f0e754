using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Delivers a rendered reply: posts its cards in order, tells the flow where each tagged card landed
/// (<see cref="IPostedCards"/>, so a pinned decision card can be edited later) and makes its card edits.
/// </summary>
public sealed class ReplyDelivery(IConversationFlow flow, IEnumerable<IPostedCards> registered)
{
    // The flow itself usually keeps the card locations; a separately registered IPostedCards takes precedence.
    private readonly IReadOnlyList<IPostedCards> reporters = registered.Any() ? [.. registered] : flow is IPostedCards own ? [own] : [];

    public async Task DeliverAsync(InboundActivity inbound, RenderedReply reply, IReplySink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var card in reply.Cards)
        {
            var messageId = await sink.SendAsync(card.Activity, cancellationToken).ConfigureAwait(false);
            if (card.Tag is not null && !string.IsNullOrEmpty(messageId))
            {
                await ReportPostedAsync(inbound, card.Tag, messageId, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var update in reply.Updates)
        {
            await sink.UpdateAsync(update.Target, update.Activity, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ReportPostedAsync(InboundActivity inbound, string tag, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var activity = inbound.Activity;
        var where = new CardReference(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", messageId, inbound.ServiceUrl?.AbsoluteUri, activity.Recipient?.Id);
        foreach (var reporter in reporters)
        {
            await reporter.OnPostedAsync(ActivityTurns.TenantOf(activity), tag, where, cancellationToken).ConfigureAwait(false);
        }
    }
}
