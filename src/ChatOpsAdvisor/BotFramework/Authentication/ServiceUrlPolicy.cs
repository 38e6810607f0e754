namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// Where a request that carries no channel token (anonymous, or the Emulator) may have the bot reply:
/// loopback URLs (the Playground, the Emulator) or a configured list. This keeps an unauthenticated
/// caller from making the bot post to an arbitrary host.
/// </summary>
public sealed class ServiceUrlPolicy(IReadOnlyList<Uri> allowed)
{
    public bool Allows(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return serviceUrl.IsLoopback || allowed.Any(a => SameBase(a, serviceUrl));
    }

    /// <summary>The activity's serviceUrl as an absolute http(s) URI, or null when it is not one.</summary>
    public static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    private static bool SameBase(Uri allowed, Uri candidate) =>
        Uri.Compare(allowed, candidate, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && candidate.AbsolutePath.TrimEnd('/').StartsWith(allowed.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
