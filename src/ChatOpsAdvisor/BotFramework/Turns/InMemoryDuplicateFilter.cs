using ChatOpsAdvisor.Hosting;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>Activity keys seen recently, in this process (<see cref="RecentKeys"/>: bounded, expiring, long ids hashed).</summary>
public sealed class InMemoryDuplicateFilter(TimeProvider time, TimeSpan window, int capacity) : IDuplicateFilter
{
    private readonly RecentKeys keys = new(time, window, capacity);

    public int Count => keys.Count;

    public ValueTask<bool> IsFirstAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(keys.TryAdd(key));
}
