using ChatOpsAdvisor.BotFramework;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack.Signing;

/// <summary>
/// Runs before every Slack endpoint: reads the raw body (bounded), verifies its signature, and only then
/// lets the handler see it (<see cref="VerifiedBody"/>). Any failure is 401 (413 for an oversized body) and
/// nothing else runs: no parsing, no queue, no flow.
/// </summary>
public sealed class SlackSignatureFilter(SlackSignature signature, IOptionsMonitor<SlackOptions> options, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var settings = options.CurrentValue;
        // The same bounded read as /api/messages (it belongs in Hosting/ once the Bot Framework adapter settles).
        var body = await RequestBody.ReadAsync(http.Request, settings.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            logger.BodyTooLarge(settings.MaxBodyBytes);
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = http.Request.Headers;
        var failure = signature.Verify(settings.SigningSecret, headers[SlackSignature.TimestampHeader], headers[SlackSignature.SignatureHeader], body);
        if (failure is not null)
        {
            logger.Unsigned(http.Request.Path, failure);
            return TypedResults.Unauthorized();
        }

        http.Items[VerifiedBody.Key] = new VerifiedBody(body);
        return await next(context).ConfigureAwait(false);
    }
}

/// <summary>The raw body of a request whose Slack signature was verified.</summary>
public sealed record VerifiedBody(byte[] Bytes)
{
    public const string Key = "ChatOpsAdvisor.Slack.VerifiedBody";

    /// <summary>The verified body; throws if the endpoint was mapped without <see cref="SlackSignatureFilter"/>.</summary>
    public static VerifiedBody From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[Key] as VerifiedBody ?? throw new InvalidOperationException("Slack endpoints must run behind SlackSignatureFilter.");
    }
}
