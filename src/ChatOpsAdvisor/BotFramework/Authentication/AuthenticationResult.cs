namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// The outcome of authenticating one request: on success, the only service URL replies may go to;
/// on failure, a short reason for the log (never the token).
/// </summary>
public sealed record AuthenticationResult(Uri? TrustedServiceUrl, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static AuthenticationResult Trust(Uri serviceUrl) => new(serviceUrl, null);

    public static AuthenticationResult Reject(string reason) => new(null, reason);
}
