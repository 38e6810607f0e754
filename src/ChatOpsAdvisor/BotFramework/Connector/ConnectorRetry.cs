using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// The connector's fault policy: which failed sends are tried again, with exponential back-off and jitter, or
/// the Retry-After the connector asked for. The rule is whether a second attempt can duplicate what the user sees.
/// <list type="bullet">
/// <item>429, 412, 502, 503, 504 — for every method: the connector (or the gateway before it) turned the request
/// away without processing it (Teams asks bots to retry exactly these; bot-protocol.md §b, rate limits).</item>
/// <item>A connection that could not be established — for every method: nothing was sent.</item>
/// <item>500, no answer within the attempt timeout, a connection broken mid-request — only for idempotent requests (PUT card
/// edits, DELETE): the connector may have processed the request before failing. Replacing a card twice leaves
/// one card; posting twice leaves two, so a POST is not tried again and its failure goes to the turn's single
/// error path (logged with the correlation id; the error card is attempted).</item>
/// </list>
/// Everything else (400, 401, 403, 404 …) fails at once. The turn's deadline (OutboundTimeout) bounds all
/// attempts and waits together.
/// </summary>
public static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> NotProcessed =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    /// <summary>
    /// The retry (outer) around a per-attempt timeout (inner), in that order. Built once per app, without Polly's
    /// telemetry (every send would pay for it): each retry is logged here instead (event 3121).
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(BotFrameworkOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var retry = Strategy(options.ConnectorMaxRetries, options.ConnectorRetryDelay);
        retry.OnRetry = args =>
        {
            logger.ConnectorRetry(args.Outcome.Result is { } response ? (int)response.StatusCode : null, args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1, args.RetryDelay);
            return ValueTask.CompletedTask;
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(retry)
            .AddTimeout(options.ConnectorAttemptTimeout)
            .Build();
    }

    public static HttpRetryStrategyOptions Strategy(int maxRetries, TimeSpan firstDelay) => new()
    {
        MaxRetryAttempts = Math.Max(1, maxRetries),
        Delay = firstDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(IsRetried(args.Context.GetRequestMessage()?.Method, args.Outcome.Result?.StatusCode, args.Outcome.Exception)),
    };

    /// <summary>Whether a failed attempt is tried again: by its status, or by the exception it ended with.</summary>
    public static bool IsRetried(HttpMethod? method, HttpStatusCode? status, Exception? exception)
    {
        if (status is { } s)
        {
            return NotProcessed.Contains(s) || (s == HttpStatusCode.InternalServerError && IsIdempotent(method));
        }

        // A connection that could not be established carried nothing: safe for any method.
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
        {
            return true;
        }

        // TimeoutRejectedException is this attempt's own timeout, not the turn's deadline (that cancellation is never retried).
        return exception is (TimeoutRejectedException or HttpRequestException) && IsIdempotent(method);
    }

    private static bool IsIdempotent(HttpMethod? method) => method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;
}
