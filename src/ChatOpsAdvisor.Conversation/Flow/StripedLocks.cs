namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// Serialises turns of the same conversation in this process (a double click must not run two
/// turns on the same state at once) with a fixed number of locks, so memory stays bounded.
/// </summary>
public sealed class StripedLocks : IDisposable
{
    private readonly SemaphoreSlim[] stripes;

    public StripedLocks(int count = 64)
    {
        stripes = Enumerable.Range(0, count).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    }

    public async Task<IDisposable> LockAsync(object key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stripe = stripes[(key.GetHashCode() & int.MaxValue) % stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    public void Dispose()
    {
        foreach (var s in stripes)
        {
            s.Dispose();
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
