using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.BotFramework;

/// <summary>The adapter's log events (3100–3199). Tokens, passwords and message text are never logged.</summary>
public static partial class BotFrameworkLog
{
    private static readonly Func<ILogger, string?, string?, string?, string, IDisposable?> ActivityScope =
        LoggerMessage.DefineScope<string?, string?, string?, string>("{ActivityType} {ActivityId} in {ConversationId} ({CorrelationId})");

    /// <summary>A scope with the activity's type, id and conversation and the correlation id, around its processing.</summary>
    public static IDisposable? BeginActivityScope(this ILogger logger, string? type, string? id, string? conversationId, string correlationId) =>
        ActivityScope(logger, type, id, conversationId, correlationId);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning,
        Message = "No MicrosoftAppId is configured: /api/messages accepts requests without a token and replies without one, only to loopback or BotFramework:AllowedServiceUrls. For local development only; set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.")]
    public static partial void AnonymousMode(this ILogger logger);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Bot Framework authentication is on for {Identity}")]
    public static partial void AuthenticationOn(this ILogger logger, string identity);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Rejected an activity body over {MaxBytes} bytes (413)")]
    public static partial void BodyTooLarge(this ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Rejected a malformed activity (400): {Reason}")]
    public static partial void MalformedActivity(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Rejected an unauthenticated {ActivityType} activity (401): {Reason}")]
    public static partial void Unauthenticated(this ILogger logger, string? activityType, string reason);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "Dropped redelivered activity {ActivityId}")]
    public static partial void Redelivered(this ILogger logger, string activityId);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Acknowledged and ignored a {ActivityType} activity")]
    public static partial void Ignored(this ILogger logger, string? activityType);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Information, Message = "Invoke {InvokeName} is not implemented (501)")]
    public static partial void UnknownInvoke(this ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Error, Message = "A turn failed; the user was given correlation id {CorrelationId}")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Error, Message = "Could not deliver the error reply for correlation id {CorrelationId}")]
    public static partial void ErrorReplyFailed(this ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Processed {ActivityType}, answered {StatusCode}")]
    public static partial void Processed(this ILogger logger, string? activityType, int statusCode);

    [LoggerMessage(EventId = 3120, Level = LogLevel.Information, Message = "A turn over the rate limit was not carried out")]
    public static partial void TurnRefused(this ILogger logger);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning, Message = "The connector answered {StatusCode}{Exception}; try {Attempt} in {Delay}")]
    public static partial void ConnectorRetry(this ILogger logger, int? statusCode, string? exception, int attempt, TimeSpan delay);
}
