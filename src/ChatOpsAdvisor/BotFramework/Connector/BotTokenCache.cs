namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// Keeps the bot token until shortly before it expires, so a burst of replies asks the token source once.
/// Concurrent callers wait for the same acquisition.
/// </summary>
public sealed class BotTokenCache(IBotTokenSource source, TimeProvider time) : IDisposable
{
    /// <summary>Refresh this long before expiry, so a token never expires in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private BotAccessToken? current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(current))
        {
            return current!.Value;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh(current))
            {
                current = await source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            }

            return current!.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool IsFresh(BotAccessToken? token) => token is not null && time.GetUtcNow() < token.ExpiresOn - RefreshMargin;
}
