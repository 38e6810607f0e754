using System.Text.Json.Nodes;
using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Answers invokes in the HTTP body. <c>adaptiveCard/action</c>: the flow's first card replaces the clicked card
/// (Universal Actions response, bot-protocol.md §d.2); further cards and card edits go out like any reply.
/// A turn the flow refused (rate limit) is answered with its reason as a message; the card stays. Other names → 501.
/// </summary>
public sealed class InvokeHandler(TurnRunner runner, ReplyDelivery delivery, ILogger<InvokeHandler> logger)
{
    public async Task<ActivityOutcome> HandleAsync(InboundActivity inbound, Func<IReplySink> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(sink);
        var activity = inbound.Activity;
        if (activity.Name != InvokeNames.AdaptiveCardAction)
        {
            logger.UnknownInvoke(activity.Name);
            return ActivityOutcome.NotImplemented;
        }

        if (UniversalAction.Read(activity.Value, out var problem) is not { } action)
        {
            // The SDK's answer to a malformed value: HTTP 400 with the error object as body.
            return ActivityOutcome.Invoked(InvokeResponse.Failure(400, "BadRequest", problem), httpStatus: 400);
        }

        RenderedReply reply;
        try
        {
            reply = await runner.RenderAsync(inbound, ActivityTurns.CardAction(activity, action.Verb, action.Data), cancellationToken).ConfigureAwait(false);
            if (reply.Refused is { } reason)
            {
                // Over the rate limit: say why in a message and leave the clicked card as it was.
                return ActivityOutcome.Invoked(InvokeResponse.Message(reason));
            }

            if (reply.Cards is [{ Tag: { } tag }, ..] && !string.IsNullOrEmpty(activity.ReplyToId))
            {
                // The first card takes the place of the clicked one: that message is where it now lives.
                await delivery.ReportPostedAsync(inbound, tag, activity.ReplyToId, cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The error path of an invoke: logged with the correlation id, answered in the body.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // An error response rather than an error card: Teams shows it to the acting user and leaves the card usable.
            runner.LogFailure(inbound, exception);
            return ActivityOutcome.Invoked(InvokeResponse.Failure(500, "InternalError", ErrorReply.Message(inbound.CorrelationId, activity.Locale)));
        }

        var card = reply.Cards.Count > 0 ? reply.Cards[0].Activity.Attachments?[0].Content : null;
        var rest = reply with { Cards = [.. reply.Cards.Skip(card is null ? 0 : 1)] };
        if (rest.Cards.Count > 0 || rest.Updates.Count > 0)
        {
            await runner.DeliverAsync(inbound, rest, sink(), cancellationToken).ConfigureAwait(false);
        }

        return ActivityOutcome.Invoked(card is null ? InvokeResponse.Message("Done.") : InvokeResponse.Card(card));
    }
}
