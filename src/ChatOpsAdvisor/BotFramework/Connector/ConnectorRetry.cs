using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// The connector's retry strategy: exponential back-off with jitter on exactly the statuses Teams asks
/// bots to retry — 429, 412, 502, 504 (bot-protocol.md §b, rate limits); Retry-After is honoured.
/// Everything else, including network errors, fails at once and goes to the turn's error path.
/// </summary>
public static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> Retried =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public static HttpRetryStrategyOptions Strategy(int maxRetries, TimeSpan firstDelay) => new()
    {
        MaxRetryAttempts = Math.Max(1, maxRetries),
        Delay = firstDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(IsRetried(args.Outcome.Result?.StatusCode)),
    };

    public static bool IsRetried(HttpStatusCode? status) => status is { } s && Retried.Contains(s);
}
