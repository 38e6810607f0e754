namespace ChatOpsAdvisor.BotFramework;

/// <summary>The "BotFramework" section of appsettings.json: limits and endpoints of the protocol adapter.</summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>Largest accepted request body; larger bodies get 413 (Teams messages are at most 100 KB).</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long one inbound activity's turn and its outbound sends may take; independent of the inbound request.</summary>
    public TimeSpan OutboundTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Channel (Azure Bot Service) OpenID metadata (bot-protocol.md §c.1).</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Emulator / Entra OpenID metadata, the SDK's value (bot-protocol.md §c.1, discrepancy 6).</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// Service URLs that activities without a channel token (anonymous or Emulator) may name as reply target,
    /// besides loopback URLs, which are always allowed for them. Channel tokens name their own (claim serviceurl).
    /// </summary>
    public IList<Uri> AllowedServiceUrls { get; } = [];

    /// <summary>How long a processed activity id is remembered to drop redeliveries.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many remembered ids; the oldest are forgotten first.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>
    /// How often a failed connector send is tried again (Connector/ConnectorRetry.cs: 429/412/502/503/504 for every
    /// request; 500 and timeouts only for card edits and deletes, never for a post, which could duplicate a card).
    /// </summary>
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>The first back-off delay; it doubles with each retry, with jitter. A Retry-After header takes precedence.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one connector attempt may go unanswered; every attempt and wait also ends at <see cref="OutboundTimeout"/>.</summary>
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
