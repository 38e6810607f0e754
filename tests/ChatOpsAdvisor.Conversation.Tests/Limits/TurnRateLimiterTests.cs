using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Limits;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Conversation.Tests.Limits;

public sealed class TurnRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private readonly FixedTime time = new(Start);
    private int ids;

    [Fact]
    public void Admit_TwentyTurnsInTheWindow_AdmitsThemThenWarnsOnceThenDrops()
    {
        var limiter = new TurnRateLimiter(TurnRateLimits.Default, time);

        var first = Enumerable.Range(0, 20).Select(i => After(TimeSpan.FromMilliseconds(100), limiter, Message())).ToList();
        var over = limiter.Admit(Message());
        var again = limiter.Admit(Message());

        Assert.All(first, d => Assert.Equal(RateVerdict.Admitted, d.Verdict));
        Assert.Equal(RateVerdict.Warn, over.Verdict);
        Assert.Equal(RateVerdict.Drop, again.Verdict);

        // The first turn came at +100 ms, now is +2 s: it leaves the window 8.1 s from now.
        Assert.Equal(TimeSpan.FromMilliseconds(8_100), over.RetryAfter);
    }

    [Fact]
    public void Admit_RefusedTurnsDoNotCount_WaitingUntilTheOldestLeavesAdmitsAgainAndWarnsAfresh()
    {
        var limiter = new TurnRateLimiter(new TurnRateLimits(3, 0, TimeSpan.FromSeconds(10)), time);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.Admit(Message()).IsAdmitted);
        }

        // Hammering while refused does not push the window on.
        for (var i = 0; i < 50; i++)
        {
            time.Now += TimeSpan.FromMilliseconds(150);
            Assert.False(limiter.Admit(Message()).IsAdmitted);
        }

        // All three left the window together at +10 s: three fit again, and the fourth is warned anew.
        time.Now = Start + TimeSpan.FromSeconds(10);
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(limiter.Admit(Message()).IsAdmitted));
        Assert.Equal(RateVerdict.Warn, limiter.Admit(Message()).Verdict);
    }

    [Fact]
    public void Admit_OnePersonAcrossConversations_CountsAgainstThePersonsLimit()
    {
        var limiter = new TurnRateLimiter(new TurnRateLimits(5, 100, TimeSpan.FromSeconds(10)), time);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(limiter.Admit(Message(conversation: $"conv-{i}")).IsAdmitted);
        }

        Assert.Equal(RateVerdict.Warn, limiter.Admit(Message(conversation: "conv-new")).Verdict);
        Assert.True(limiter.Admit(Message(user: "someone-else", conversation: "conv-new")).IsAdmitted);
        Assert.True(limiter.Admit(Message(tenant: "other-tenant")).IsAdmitted);
    }

    [Fact]
    public void Admit_ManyPeopleInOneConversation_CountAgainstTheConversationsLimit()
    {
        var limiter = new TurnRateLimiter(new TurnRateLimits(100, 6, TimeSpan.FromSeconds(10)), time);
        for (var i = 0; i < 6; i++)
        {
            Assert.True(limiter.Admit(Message(user: $"user-{i}")).IsAdmitted);
        }

        var refused = limiter.Admit(Message(user: "user-new"));

        Assert.Equal(RateVerdict.Warn, refused.Verdict);
        Assert.True(limiter.Admit(Message(user: "user-new", conversation: "another-chat")).IsAdmitted);
    }

    [Fact]
    public void Admit_MembersJoining_NeverCount()
    {
        var limiter = new TurnRateLimiter(new TurnRateLimits(1, 1, TimeSpan.FromSeconds(10)), time);

        for (var i = 0; i < 10; i++)
        {
            Assert.True(limiter.Admit(Message() with { Kind = TurnKind.MemberAdded }).IsAdmitted);
        }

        Assert.True(limiter.Admit(Message()).IsAdmitted);
        Assert.False(limiter.Admit(Message() with { Kind = TurnKind.CardAction }).IsAdmitted);
    }

    [Fact]
    public void Admit_LimitsOff_AdmitsEverything()
    {
        var limiter = new TurnRateLimiter(TurnRateLimits.Off, time);

        Assert.All(Enumerable.Range(0, 1_000), _ => Assert.True(limiter.Admit(Message()).IsAdmitted));
        Assert.Equal(0, limiter.WindowCount);
    }

    [Fact]
    public async Task Admit_ConcurrentTurnsOfOnePerson_AdmitsExactlyTheLimit()
    {
        var limiter = new TurnRateLimiter(TurnRateLimits.Default, time);
        var turns = Enumerable.Range(0, 400).Select(_ => Message()).ToList();

        var decisions = await Task.WhenAll(turns.Select(turn => Task.Run(() => limiter.Admit(turn))));

        Assert.Equal(20, decisions.Count(d => d.IsAdmitted));
        Assert.Equal(1, decisions.Count(d => d.Verdict == RateVerdict.Warn));
    }

    [Fact]
    public void Admit_AFloodOfMadeUpIds_KeepsOnlyRecentWindows()
    {
        var limiter = new TurnRateLimiter(TurnRateLimits.Default, time);
        for (var i = 0; i < 20_000; i++)
        {
            limiter.Admit(Message(user: $"old-{i}", conversation: $"old-{i}"));
        }

        var afterFirstWave = limiter.WindowCount;
        time.Now += TimeSpan.FromSeconds(11);
        for (var i = 0; i < 20_000; i++)
        {
            limiter.Admit(Message(user: $"new-{i}", conversation: $"new-{i}"));
        }

        // Without the sweep both waves would be held (80,000 windows); the idle first wave goes once the map doubles.
        Assert.Equal(40_000, afterFirstWave);
        Assert.InRange(limiter.WindowCount, 40_000, 65_536 - 1);
        Assert.True(limiter.Admit(Message(user: "new-1", conversation: "new-1")).IsAdmitted);
    }

    private RateDecision After(TimeSpan step, TurnRateLimiter limiter, Turn turn)
    {
        time.Now += step;
        return limiter.Admit(turn);
    }

    private Turn Message(string tenant = "tenant-a", string conversation = "conv-1", string user = "user-1") =>
        new(TurnKind.Message, ChannelKinds.Teams, tenant, conversation, user, "Alice", $"a-{Interlocked.Increment(ref ids)}", "help");
}
