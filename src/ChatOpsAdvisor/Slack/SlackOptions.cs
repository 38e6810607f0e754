namespace ChatOpsAdvisor.Slack;

/// <summary>The "Slack" section of appsettings.json (or Slack__SigningSecret, Slack__BotToken, ... in the environment).</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Verifies every request from Slack (Basic Information → Signing Secret). Empty: every Slack request is refused.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot token (xoxb-...) for chat.postMessage and chat.update (OAuth &amp; Permissions).</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Slack's Web API; tests point it at a loopback fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The bot's own user id (U...), to ignore its messages when an event does not name it in "authorizations".</summary>
    public string BotUserId { get; set; } = string.Empty;

    /// <summary>Largest accepted request body (a block_actions payload carries the whole clicked message).</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Acknowledged requests waiting for a worker; when full, Slack gets 503 and retries events later.</summary>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Turns processed at once (each mostly waits on the database and Slack's Web API); the flow serialises each person's state, so overlap is safe.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How long one turn (flow, rendering and its Web API calls) may take after the ack.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an event_id is remembered; Slack retries three times within minutes.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>Retries of a Web API call answered 429, each after its Retry-After, none longer than <see cref="MaxRetryAfter"/>.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
