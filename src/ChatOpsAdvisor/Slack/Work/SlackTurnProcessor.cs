using ChatOpsAdvisor.Cards.Slack;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Slack.WebApi;
using ChatOpsAdvisor.Slack.Wire;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>
/// One acknowledged turn: the flow's reply is posted with chat.postMessage (in the thread when there is
/// one), a tagged card's channel and ts are reported to <see cref="IPostedCards"/>, and card updates become
/// chat.update. The single error path: any failure is logged with a correlation id and the user gets only that id.
/// </summary>
public sealed class SlackTurnProcessor(
    IConversationFlow flow,
    IEnumerable<IPostedCards> postedCards,
    IBlockKitRenderer renderer,
    SlackWebApiClient slack,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackTurnProcessor> logger)
{
    private static readonly TimeSpan ErrorReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly IPostedCards? posted = postedCards.LastOrDefault() ?? flow as IPostedCards;

    public async Task ProcessAsync(SlackWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var scope = logger.BeginTurnScope(work.Turn.ActivityId, work.Turn.ConversationId);
        using var deadline = new CancellationTokenSource(options.Value.TurnTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var reply = await flow.HandleAsync(work.Turn, linked.Token).ConfigureAwait(false);
            if (reply.Refused is not null)
            {
                logger.TurnRefused();
            }

            foreach (var card in reply.Cards)
            {
                await PostAsync(work, card, linked.Token).ConfigureAwait(false);
            }

            foreach (var update in reply.CardUpdates)
            {
                await UpdateAsync(update, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The single error path: any failure becomes a logged event and an error reply, never an exception out of the worker.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await FailAsync(work, exception).ConfigureAwait(false);
        }
    }

    private async Task PostAsync(SlackWork work, ReplyCard card, CancellationToken cancellationToken)
    {
        var message = Render(card);
        var answer = await slack.PostMessageAsync(new PostMessageRequest(work.Place.Channel, message.Text, message.Blocks, work.Place.ThreadTs), cancellationToken).ConfigureAwait(false);
        if (card.Tag is { } tag && posted is not null && answer.Ts is { } ts)
        {
            var where = new Conversation.Decisions.CardReference(ChannelKinds.Slack, answer.Channel ?? work.Place.Channel, ts);
            await posted.OnPostedAsync(work.Turn.TenantId, tag, where, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A card the bot posted earlier, edited in place. If Slack refuses (deleted message), the record is still right: log and go on.</summary>
    private async Task UpdateAsync(CardUpdate update, CancellationToken cancellationToken)
    {
        if (update.Target.ChannelKind != ChannelKinds.Slack)
        {
            logger.UpdateSkipped(update.Target.ChannelKind);
            return;
        }

        var message = Render(update.Card);
        try
        {
            await slack.UpdateMessageAsync(new UpdateMessageRequest(update.Target.ConversationId, update.Target.MessageId, message.Text, message.Blocks), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException exception)
        {
            logger.UpdateFailed(exception.Error);
        }
    }

    private BlockKitMessage Render(ReplyCard card)
    {
        try
        {
            return renderer.Render(card);
        }
#pragma warning disable CA1031 // A card without a Slack rendering (e.g. an unknown view model) is still delivered as its fallback text.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.RenderFailed(exception, card.Template);
            return FallbackReplies.TextOnly(card);
        }
    }

    private async Task FailAsync(SlackWork work, Exception exception)
    {
        var correlationId = Guid.NewGuid().ToString("N");
        logger.TurnFailed(exception, (exception as SlackApiException)?.Error, correlationId);
        using var deadline = new CancellationTokenSource(ErrorReplyTimeout, time);
        try
        {
            var message = Render(FallbackReplies.ErrorCard(work.Turn, correlationId));
            await slack.PostMessageAsync(new PostMessageRequest(work.Place.Channel, message.Text, message.Blocks, work.Place.ThreadTs), deadline.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Best effort: the failure is logged already; a second one (Slack unreachable) is logged too.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            logger.ErrorReplyFailed(sendFailure, correlationId);
        }
    }
}
