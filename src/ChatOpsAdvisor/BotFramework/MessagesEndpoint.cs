using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.BotFramework.Turns;
using Microsoft.AspNetCore.Http.HttpResults;
using MessagesResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ChatOpsAdvisor.BotFramework.Schema.ExpectedReplies>,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ChatOpsAdvisor.BotFramework.Schema.InvokeResponse>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.UnauthorizedHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult>;

namespace ChatOpsAdvisor.BotFramework;

/// <summary>
/// POST /api/messages, in the SDK's order (bot-protocol.md §a, HTTP handling): size (413), parse and required
/// fields (400), authentication (401) — nothing runs before these pass — then drop a redelivery, dispatch on
/// the turn's own deadline, and answer 200 (invokes and expectReplies with their body, unknown invokes 501).
/// </summary>
public sealed class MessagesEndpoint(
    BotFrameworkOptions options, BotAuthenticator authenticator, IDuplicateFilter seen, ActivityDispatcher dispatcher, TurnDeadline deadline, ILogger<MessagesEndpoint> logger)
{
    public async Task<MessagesResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var aborted = context.RequestAborted;
        if (await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false) is not { } body)
        {
            logger.BodyTooLarge(options.MaxBodyBytes);
            return TypedResults.Problem($"The activity is larger than {options.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (ActivityReader.Read(body, out var problem) is not { } activity)
        {
            logger.MalformedActivity(problem);
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Bad activity");
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, aborted).ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            logger.Unauthenticated(activity.Type, authentication.Failure!);
            return TypedResults.Unauthorized();
        }

        var correlationId = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        using var scope = logger.BeginActivityScope(activity.Type, activity.Id, activity.Conversation?.Id, correlationId);
        if (!string.IsNullOrEmpty(activity.Id)
            && !await seen.IsFirstAsync($"activity|{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}", aborted).ConfigureAwait(false))
        {
            logger.Redelivered(activity.Id);
            return activity.DeliveryMode == DeliveryModes.ExpectReplies
                ? TypedResults.Json(new ExpectedReplies([]), BotJsonContext.Default.ExpectedReplies)
                : TypedResults.Ok();
        }

        using var turnDeadline = deadline.Start();
        var outcome = await dispatcher.DispatchAsync(new InboundActivity(activity, authentication.TrustedServiceUrl, correlationId), turnDeadline.Token).ConfigureAwait(false);
        logger.Processed(activity.Type, outcome.StatusCode);
        return outcome switch
        {
            { Invoke: { } invoke } => TypedResults.Json(invoke, BotJsonContext.Default.InvokeResponse, statusCode: outcome.StatusCode),
            { Replies: { } replies } => TypedResults.Json(replies, BotJsonContext.Default.ExpectedReplies),
            { StatusCode: StatusCodes.Status200OK } => TypedResults.Ok(),
            _ => TypedResults.StatusCode(outcome.StatusCode),
        };
    }
}
