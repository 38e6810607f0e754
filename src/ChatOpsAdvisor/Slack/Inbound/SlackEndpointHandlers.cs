using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Slack.Wire;
using ChatOpsAdvisor.Slack.Work;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>
/// The three endpoints, behind <see cref="SlackSignatureFilter"/>. Each answers Slack at once: the turn is
/// queued for <see cref="SlackWorker"/> and the ack goes back empty, well inside Slack's 3 seconds.
/// </summary>
public sealed class SlackEndpointHandlers(PendingTurns queue, IRecentEvents recent, IOptionsMonitor<SlackOptions> options, ILogger<SlackEndpointHandlers> logger)
{
    public IResult Events(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var envelope = Parse(VerifiedBody.From(context).Bytes, SlackJsonContext.Default.SlackEnvelope);
        switch (envelope?.Type)
        {
            case null:
                logger.Malformed("not an Events API request");
                return TypedResults.BadRequest();
            case SlackEventTypes.UrlVerification:
                return TypedResults.Json(new ChallengeAnswer(envelope.Challenge ?? string.Empty), SlackJsonContext.Default.ChallengeAnswer);
            case SlackEventTypes.EventCallback when envelope.EventId is { Length: > 0 } eventId:
                if (EventTurns.From(envelope, options.CurrentValue.BotUserId, out var reason) is not { } work)
                {
                    logger.Ignored(envelope.Event?.Type ?? "event", reason);
                    return TypedResults.Ok();
                }

                if (!recent.TryAdd(eventId))
                {
                    var headers = context.Request.Headers;
                    logger.Redelivered(eventId, headers[SlackEventTypes.RetryNumHeader], headers[SlackEventTypes.RetryReasonHeader]);
                    return TypedResults.Ok();
                }

                return Enqueue(work, () => recent.Forget(eventId));
            default:
                logger.Ignored("request", "type " + envelope.Type);
                return TypedResults.Ok();
        }
    }

    public IResult Interactions(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var form = Form(context);
        var payload = form.TryGetValue("payload", out var json) ? Parse(Encoding.UTF8.GetBytes(json.ToString()), SlackJsonContext.Default.InteractionPayload) : null;
        if (payload is null)
        {
            logger.Malformed("no interaction payload");
            return TypedResults.BadRequest();
        }

        if (InteractionTurns.From(payload, out var reason) is not { } work)
        {
            logger.Ignored("interaction", reason);
            return TypedResults.Ok();
        }

        return Enqueue(work, () => { });
    }

    public IResult Commands(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var form = Form(context);
        if (form.ContainsKey("ssl_check"))
        {
            return TypedResults.Ok();
        }

        if (CommandTurns.From(form, out var reason) is not { } work)
        {
            logger.Malformed(reason);
            return TypedResults.BadRequest();
        }

        return Enqueue(work, () => { });
    }

    private IResult Enqueue(SlackWork work, Action undo)
    {
        if (queue.TryEnqueue(work))
        {
            return TypedResults.Ok();
        }

        undo();
        logger.QueueFull(queue.Capacity);
        return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static Dictionary<string, StringValues> Form(HttpContext context) =>
        new FormReader(Encoding.UTF8.GetString(VerifiedBody.From(context).Bytes)).ReadForm();

    private static T? Parse<T>(byte[] body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
