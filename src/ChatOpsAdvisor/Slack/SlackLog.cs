namespace ChatOpsAdvisor.Slack;

/// <summary>The Slack adapter's log events (3200–3299). Secrets, tokens and message text are never logged.</summary>
public static partial class SlackLog
{
    private static readonly Func<ILogger, string, string, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string, string>("slack {ActivityId} in {ConversationId}");

    public static IDisposable? BeginTurnScope(this ILogger logger, string activityId, string conversationId) =>
        TurnScope(logger, activityId, conversationId);

    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "No Slack:SigningSecret is configured: every request to /api/slack/* is refused (401). Set it (or Slack__SigningSecret) to connect Slack.")]
    public static partial void NoSigningSecret(this ILogger logger);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "No Slack:BotToken is configured: Slack requests are accepted but no reply can be posted.")]
    public static partial void NoBotToken(this ILogger logger);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Slack endpoints are on: signed requests only, Web API at {ApiBaseUrl}")]
    public static partial void SlackOn(this ILogger logger, Uri apiBaseUrl);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "Refused an unsigned Slack request to {Path} (401): {Reason}")]
    public static partial void Unsigned(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Refused a Slack request body over {MaxBytes} bytes (413)")]
    public static partial void BodyTooLarge(this ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "Refused a malformed Slack request (400): {Reason}")]
    public static partial void Malformed(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Debug, Message = "Acknowledged and ignored a Slack {Kind}: {Reason}")]
    public static partial void Ignored(this ILogger logger, string kind, string reason);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Information, Message = "Dropped event {EventId}, already processed (retry {RetryNum}, {RetryReason})")]
    public static partial void Redelivered(this ILogger logger, string eventId, string? retryNum, string? retryReason);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Warning, Message = "The Slack work queue is full ({Capacity}); answered 503")]
    public static partial void QueueFull(this ILogger logger, int capacity);

    [LoggerMessage(EventId = 3209, Level = LogLevel.Error, Message = "A Slack turn failed (Slack error {SlackError}); the user was given correlation id {CorrelationId}")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? slackError, string correlationId);

    [LoggerMessage(EventId = 3210, Level = LogLevel.Error, Message = "Could not post the error reply for correlation id {CorrelationId}")]
    public static partial void ErrorReplyFailed(this ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 3211, Level = LogLevel.Warning, Message = "Card {Template} could not be rendered as Block Kit; posted its fallback text")]
    public static partial void RenderFailed(this ILogger logger, Exception exception, string template);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Warning, Message = "chat.update of a posted card failed with {SlackError}; the record itself is up to date")]
    public static partial void UpdateFailed(this ILogger logger, string slackError);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Debug, Message = "Skipped a card update for channel kind {ChannelKind}")]
    public static partial void UpdateSkipped(this ILogger logger, string channelKind);

    [LoggerMessage(EventId = 3214, Level = LogLevel.Warning, Message = "Slack {Method} was rate limited; retry {Attempt} after {Delay}")]
    public static partial void RateLimited(this ILogger logger, string method, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3215, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false with {SlackError} {Details}")]
    public static partial void ApiError(this ILogger logger, string method, string slackError, string details);

    [LoggerMessage(EventId = 3216, Level = LogLevel.Warning, Message = "Shutdown ended before the Slack queue drained; {Remaining} queued turns were dropped")]
    public static partial void DrainAborted(this ILogger logger, int remaining);

    [LoggerMessage(EventId = 3217, Level = LogLevel.Error, Message = "Slack turn {ActivityId} could not be started; nothing was posted")]
    public static partial void WorkerFailed(this ILogger logger, Exception exception, string activityId);

    [LoggerMessage(EventId = 3220, Level = LogLevel.Information, Message = "A Slack turn over the rate limit was not carried out")]
    public static partial void TurnRefused(this ILogger logger);
}
