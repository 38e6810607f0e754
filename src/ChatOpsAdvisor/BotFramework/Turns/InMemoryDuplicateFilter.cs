namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// A bounded, expiring set of recent keys. Keys expire after the window (read from <see cref="TimeProvider"/>);
/// beyond the capacity the oldest are forgotten first. Entries are kept in arrival order, so expiry and
/// eviction both trim from the front.
/// </summary>
public sealed class InMemoryDuplicateFilter(TimeProvider time, TimeSpan window, int capacity) : IDuplicateFilter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return expiries.Count;
            }
        }
    }

    public ValueTask<bool> IsFirstAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (gate)
        {
            Trim(now);
            if (expiries.TryGetValue(key, out var expiry) && expiry > now)
            {
                return ValueTask.FromResult(false);
            }

            expiries[key] = now + window;
            order.Enqueue((key, now + window));
            return ValueTask.FromResult(true);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest) && (oldest.Expiry <= now || expiries.Count >= capacity))
        {
            order.Dequeue();

            // A key re-added after expiring has a newer entry further back; only drop the map entry it owns.
            if (expiries.TryGetValue(oldest.Key, out var expiry) && expiry == oldest.Expiry)
            {
                expiries.Remove(oldest.Key);
            }
        }
    }
}
