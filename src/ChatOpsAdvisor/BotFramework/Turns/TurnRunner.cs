using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Runs turns through the conversation flow, renders each reply card and delivers it — and owns the single
/// error path: whatever fails (flow, renderer, connector, the turn's deadline) is logged with the correlation
/// id, and the user gets the error card carrying only that id. The HTTP answer stays 200: the channel did its
/// part, and a 5xx would only make it redeliver an activity that is then dropped as a duplicate.
/// </summary>
public sealed class TurnRunner(IConversationFlow flow, IAdaptiveCardRenderer renderer, ReplyDelivery delivery, ILogger<TurnRunner> logger)
{
    /// <summary>The error reply gets its own short deadline: the turn's may be what just expired.</summary>
    private static readonly TimeSpan ErrorReplyTimeout = TimeSpan.FromSeconds(10);

    public async Task RunAsync(InboundActivity inbound, IReadOnlyList<Turn> turns, IReplySink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turns);
        try
        {
            foreach (var turn in turns)
            {
                var reply = await RenderAsync(inbound, turn, cancellationToken).ConfigureAwait(false);
                await delivery.DeliverAsync(inbound, reply, sink, cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The single error path: any failure of a turn becomes a logged event and an error card, never a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await FailAsync(inbound, exception, sink).ConfigureAwait(false);
        }
    }

    /// <summary>Delivers a reply already rendered (the rest of an invoke's reply), with the same error path.</summary>
    public async Task DeliverAsync(InboundActivity inbound, RenderedReply reply, IReplySink sink, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.DeliverAsync(inbound, reply, sink, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Same single error path as RunAsync.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await FailAsync(inbound, exception, sink).ConfigureAwait(false);
        }
    }

    /// <summary>The flow's reply to one turn, rendered. Throws on failure: the caller reports it (see <see cref="LogFailure"/>).</summary>
    public async Task<RenderedReply> RenderAsync(InboundActivity inbound, Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var reply = await flow.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        if (reply.Refused is not null)
        {
            logger.TurnRefused();
        }

        return new RenderedReply(
            [.. reply.Cards.Select(card => new RenderedCard(Render(inbound, card), card.Tag))],
            [.. reply.CardUpdates.Select(update => new RenderedUpdate(update.Target, Render(inbound, update.Card)))],
            reply.Refused);
    }

    public void LogFailure(InboundActivity inbound, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        logger.TurnFailed(exception, inbound.CorrelationId);
    }

    private Activity Render(InboundActivity inbound, ReplyCard card) => ReplyActivities.Card(inbound.Activity, renderer.RenderJson(card).AsContent(), card.FallbackText);

    private async Task FailAsync(InboundActivity inbound, Exception exception, IReplySink sink)
    {
        LogFailure(inbound, exception);
        using var deadline = new CancellationTokenSource(ErrorReplyTimeout);
        try
        {
            await sink.SendAsync(ErrorActivity(inbound), deadline.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Best effort: the failure is already logged; a second one (e.g. the connector refuses all sends) is logged too.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            logger.ErrorReplyFailed(sendFailure, inbound.CorrelationId);
        }
    }

    private Activity ErrorActivity(InboundActivity inbound)
    {
        var card = ErrorReply.For(inbound.CorrelationId, inbound.Activity.Locale);
        try
        {
            return Render(inbound, card);
        }
#pragma warning disable CA1031 // A renderer that cannot render the error card must not swallow the error reply: fall back to text.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ReplyActivities.Text(inbound.Activity, card.FallbackText);
        }
    }
}
