using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Slack.Work;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.Slack;

public sealed class RecentEventsTests
{
    private readonly FixedTime time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAdd_SameIdWithinWindow_OnlyFirst()
    {
        var recent = new InMemoryRecentEvents(time, TimeSpan.FromHours(1), 100);

        Assert.True(recent.TryAdd("Ev1"));
        time.Now += TimeSpan.FromMinutes(59);
        Assert.False(recent.TryAdd("Ev1"));
        Assert.True(recent.TryAdd("Ev2"));
    }

    [Fact]
    public void TryAdd_AfterWindow_ExpiredAndTrimmed()
    {
        var recent = new InMemoryRecentEvents(time, TimeSpan.FromHours(1), 100);
        recent.TryAdd("Ev1");
        recent.TryAdd("Ev2");

        time.Now += TimeSpan.FromHours(1);

        Assert.True(recent.TryAdd("Ev1"));
        Assert.Equal(1, recent.Count);
    }

    [Fact]
    public void TryAdd_OverCapacity_OldestForgotten()
    {
        var recent = new InMemoryRecentEvents(time, TimeSpan.FromHours(1), 3);
        foreach (var id in new[] { "Ev1", "Ev2", "Ev3", "Ev4" })
        {
            recent.TryAdd(id);
        }

        Assert.Equal(3, recent.Count);
        Assert.True(recent.TryAdd("Ev1"));
        Assert.False(recent.TryAdd("Ev4"));
    }

    [Fact]
    public void Forget_QueueWasFull_RetryTaken()
    {
        var recent = new InMemoryRecentEvents(time, TimeSpan.FromHours(1), 100);
        recent.TryAdd("Ev1");

        recent.Forget("Ev1");

        Assert.True(recent.TryAdd("Ev1"));
    }

    [Fact]
    public void TakenAndForgottenOverAndOver_HeldEntriesStayWithinTheCapacity()
    {
        var keys = new RecentKeys(time, TimeSpan.FromHours(1), 3);
        for (var i = 0; i < 1_000; i++)
        {
            Assert.True(keys.TryAdd($"Ev{i}"));
            keys.Forget($"Ev{i}");
        }

        Assert.InRange(keys.Held, 0, 3);
        Assert.Equal(0, keys.Count);
        Assert.True(keys.TryAdd("Ev999"));
        Assert.False(keys.TryAdd("Ev999"));
    }
}
