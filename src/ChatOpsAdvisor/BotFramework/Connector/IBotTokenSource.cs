namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>Obtains a fresh bot token for Connector calls (the port that tests fake).</summary>
public interface IBotTokenSource
{
    Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>A bearer token and when it expires.</summary>
public sealed record BotAccessToken(string Value, DateTimeOffset ExpiresOn)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"bot token expiring {ExpiresOn:O}";
}
