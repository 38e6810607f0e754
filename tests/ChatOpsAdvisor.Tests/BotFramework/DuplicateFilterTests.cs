using ChatOpsAdvisor.BotFramework.Turns;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

public sealed class DuplicateFilterTests
{
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task IsFirstAsync_SameKeyWithinTheWindow_IsFalse()
    {
        var filter = new InMemoryDuplicateFilter(time, TimeSpan.FromMinutes(10), capacity: 100);

        Assert.True(await filter.IsFirstAsync("a", CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await filter.IsFirstAsync("a", CancellationToken.None));
        Assert.True(await filter.IsFirstAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task IsFirstAsync_SameKeyAfterTheWindow_IsTrueAgain()
    {
        var filter = new InMemoryDuplicateFilter(time, TimeSpan.FromMinutes(10), capacity: 100);
        await filter.IsFirstAsync("a", CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await filter.IsFirstAsync("a", CancellationToken.None));
        Assert.Equal(1, filter.Count);
    }

    [Fact]
    public async Task IsFirstAsync_HugeKeys_AreToldApartButNotHeldWhole()
    {
        var filter = new InMemoryDuplicateFilter(time, TimeSpan.FromMinutes(10), capacity: 100);
        var huge = new string('x', 200_000);

        Assert.True(await filter.IsFirstAsync(huge + "1", CancellationToken.None));
        Assert.True(await filter.IsFirstAsync(huge + "2", CancellationToken.None));
        Assert.False(await filter.IsFirstAsync(huge + "1", CancellationToken.None));

        // Held as hashes: 10,000 such ids would otherwise keep 4 GB of text for ten minutes.
        Assert.Equal(71, ChatOpsAdvisor.Hosting.RecentKeys.Stored(huge).Length);
        Assert.Equal("short-id", ChatOpsAdvisor.Hosting.RecentKeys.Stored("short-id"));
    }

    [Fact]
    public async Task IsFirstAsync_OverCapacity_ForgetsTheOldestFirst()
    {
        var filter = new InMemoryDuplicateFilter(time, TimeSpan.FromMinutes(10), capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await filter.IsFirstAsync(key, CancellationToken.None);
        }

        Assert.Equal(3, filter.Count);
        Assert.False(await filter.IsFirstAsync("d", CancellationToken.None));
        Assert.True(await filter.IsFirstAsync("a", CancellationToken.None));
    }
}
