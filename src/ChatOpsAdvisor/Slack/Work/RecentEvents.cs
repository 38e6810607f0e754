namespace ChatOpsAdvisor.Slack.Work;

/// <summary>Event ids already taken, so a retried event (X-Slack-Retry-Num, same event_id) is processed once.</summary>
public interface IRecentEvents
{
    /// <summary>True the first time <paramref name="eventId"/> is seen within the window.</summary>
    bool TryAdd(string eventId);

    /// <summary>Forgets an id whose work could not be queued, so Slack's retry is taken.</summary>
    void Forget(string eventId);
}

/// <summary>
/// Recent event ids in memory: each expires after the window (read from <see cref="TimeProvider"/>); beyond
/// the capacity the oldest go first. Arrival order is kept, so both trim from the front. One instance
/// only: several instances behind a load balancer would need a shared store behind the same interface.
/// </summary>
public sealed class InMemoryRecentEvents(TimeProvider time, TimeSpan window, int capacity) : IRecentEvents
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset Expiry)> order = new();

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

    public bool TryAdd(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var now = time.GetUtcNow();
        lock (gate)
        {
            while (order.TryPeek(out var oldest) && (oldest.Expiry <= now || expiries.Count >= Math.Max(1, capacity)))
            {
                order.Dequeue();
                if (expiries.TryGetValue(oldest.Id, out var expiry) && expiry == oldest.Expiry)
                {
                    expiries.Remove(oldest.Id);
                }
            }

            if (expiries.TryGetValue(eventId, out var known) && known > now)
            {
                return false;
            }

            expiries[eventId] = now + window;
            order.Enqueue((eventId, now + window));
            return true;
        }
    }

    public void Forget(string eventId)
    {
        lock (gate)
        {
            expiries.Remove(eventId);
        }
    }
}
