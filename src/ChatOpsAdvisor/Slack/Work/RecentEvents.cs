using ChatOpsAdvisor.Hosting;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>Event ids already taken, so a retried event (X-Slack-Retry-Num, same event_id) is processed once.</summary>
public interface IRecentEvents
{
    /// <summary>True the first time <paramref name="eventId"/> is seen within the window.</summary>
    bool TryAdd(string eventId);

    /// <summary>Forgets an id whose work could not be queued, so Slack's retry is taken.</summary>
    void Forget(string eventId);
}

/// <summary>Recent event ids in this process (<see cref="RecentKeys"/>: bounded, expiring, long ids hashed).</summary>
public sealed class InMemoryRecentEvents(TimeProvider time, TimeSpan window, int capacity) : IRecentEvents
{
    private readonly RecentKeys keys = new(time, window, capacity);

    public int Count => keys.Count;

    public bool TryAdd(string eventId) => keys.TryAdd(eventId);

    public void Forget(string eventId) => keys.Forget(eventId);
}
