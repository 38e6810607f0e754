using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

public abstract partial class DecisionLogContract
{
    /// <summary>Six decisions in tenant-a a day apart (#1 on 2 June ... #6 on 7 June) and two in tenant-b.</summary>
    private async Task SeedHistoryAsync()
    {
        NewDecision[] a =
        [
            Sample.Decision(activity: "a1", useCase: "code-assistant", model: "Qwen/Qwen2.5-Coder-7B-Instruct", personId: "u1", personName: "Aiko Tanaka", conversation: "c1", team: "t1"),
            Sample.Decision(activity: "a2", useCase: "customer-support", model: "meta-llama/Llama-3.1-8B-Instruct", personId: "u2", personName: "Ken Sato", conversation: "c1", team: "t1"),
            Sample.Decision(activity: "a3", useCase: "code-assistant", model: "meta-llama/Llama-3.1-8B-Instruct", personId: "u1", personName: "Aiko Tanaka", conversation: "c2", team: "t1"),
            Sample.Decision(activity: "a4", useCase: "Code-Assistant", model: "Qwen/Qwen2.5-Coder-7B-Instruct", personId: "u3", personName: "田中 愛子", conversation: "c3", team: null),
            Sample.Decision(activity: "a5", useCase: "summarisation", model: "google/gemma-2-9b-it", personId: "u2", personName: "Ken Sato", conversation: "c3", team: null),
            Sample.Decision(activity: "a6", useCase: "code-assistant", model: "google/gemma-2-9b-it", personId: "u4", personName: null, conversation: "c1", team: "t1"),
        ];
        foreach (var d in a)
        {
            await Log.RecordAsync(d, default);
            Clock.Advance(TimeSpan.FromDays(1));
        }

        await Log.RecordAsync(Sample.Decision("tenant-b", "b1", useCase: "code-assistant", personId: "u1", conversation: "c1", team: "t1"), default);
        await Log.RecordAsync(Sample.Decision("tenant-b", "b2", useCase: "code-assistant", personId: "u1", conversation: "c1", team: "t1"), default);
        await Log.ChangeStatusAsync("tenant-a", 2, DecisionStatuses.Accepted, Manager, null, default);
        await Log.ChangeStatusAsync("tenant-a", 5, DecisionStatuses.Rejected, Manager, null, default);
    }

    private async Task<int[]> NumbersAsync(DecisionQuery query)
    {
        var page = await Log.HistoryAsync(query, default);
        return [.. page.Records.Select(d => d.Number)];
    }

    [Fact]
    public async Task HistoryAsync_NoFilter_NewestFirstWithinTenantOnly()
    {
        await SeedHistoryAsync();

        var a = await Log.HistoryAsync(new DecisionQuery("tenant-a"), default);
        var b = await Log.HistoryAsync(new DecisionQuery("tenant-b"), default);

        Assert.Equal([6, 5, 4, 3, 2, 1], a.Records.Select(d => d.Number));
        Assert.Equal(6, a.Total);
        Assert.All(a.Records, d => Assert.Equal("tenant-a", d.TenantId));
        Assert.Equal([2, 1], b.Records.Select(d => d.Number));
        Assert.All(b.Records, d => Assert.Equal("tenant-b", d.TenantId));
        Assert.Equal(0, (await Log.HistoryAsync(new DecisionQuery("tenant-c"), default)).Total);
    }

    public static TheoryData<DecisionQuery, int[]> Filters => new()
    {
        { new DecisionQuery("tenant-a", ConversationId: "c1"), [6, 2, 1] },
        { new DecisionQuery("tenant-a", TeamId: "t1"), [6, 3, 2, 1] },
        { new DecisionQuery("tenant-a", UseCase: "code-assistant"), [6, 4, 3, 1] },
        { new DecisionQuery("tenant-a", UseCase: " CODE-ASSISTANT "), [6, 4, 3, 1] },
        { new DecisionQuery("tenant-a", Model: "meta-llama/llama-3.1-8b-instruct"), [3, 2] },
        { new DecisionQuery("tenant-a", Person: "u2"), [5, 2] },
        { new DecisionQuery("tenant-a", Person: "aiko tanaka"), [3, 1] },
        { new DecisionQuery("tenant-a", Person: "田中 愛子"), [4] },
        { new DecisionQuery("tenant-a", Person: "Aiko"), [] },
        { new DecisionQuery("tenant-a", Status: DecisionStatuses.Accepted), [2] },
        { new DecisionQuery("tenant-a", Status: DecisionStatuses.Proposed), [6, 4, 3, 1] },
        { new DecisionQuery("tenant-a", From: SteppingClock.DefaultStart.AddDays(2)), [6, 5, 4, 3] },
        { new DecisionQuery("tenant-a", To: SteppingClock.DefaultStart.AddDays(2)), [2, 1] },
        { new DecisionQuery("tenant-a", From: SteppingClock.DefaultStart.AddDays(1), To: SteppingClock.DefaultStart.AddDays(3).AddTicks(1)), [4, 3, 2] },
        { new DecisionQuery("tenant-a", From: new DateTimeOffset(2025, 6, 4, 18, 30, 0, TimeSpan.FromHours(9))), [6, 5, 4, 3] },
        { new DecisionQuery("tenant-a", UseCase: "code-assistant", Person: "u1", TeamId: "t1"), [3, 1] },
        { new DecisionQuery("tenant-a", Model: "meta-llama/Llama-3.1-8B-Instruct", Status: DecisionStatuses.Accepted), [2] },
        { new DecisionQuery("tenant-a", Person: "Ken Sato", Status: DecisionStatuses.Rejected, From: SteppingClock.DefaultStart), [5] },
        { new DecisionQuery("tenant-b", Person: "u2"), [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task HistoryAsync_Filter_MatchesExpected(DecisionQuery query, int[] expected)
    {
        await SeedHistoryAsync();

        var page = await Log.HistoryAsync(query, default);

        Assert.Equal(expected, page.Records.Select(d => d.Number));
        Assert.Equal(expected.Length, page.Total);
        Assert.All(page.Records, d => Assert.Equal(query.TenantId, d.TenantId));
    }

    [Fact]
    public async Task RecordAsync_ClockSetBack_TimeNeverGoesBelowThePreviousDecision()
    {
        var first = await Log.RecordAsync(Sample.Decision(activity: "a1"), default);
        Clock.Advance(TimeSpan.FromHours(-3));
        var second = await Log.RecordAsync(Sample.Decision(activity: "a2"), default);
        var otherTenant = await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        Assert.Equal(first.DecidedAt, second.DecidedAt);
        Assert.Equal(SteppingClock.DefaultStart.AddHours(-3), otherTenant.DecidedAt);
        Assert.Equal(new[] { 2, 1 }, await NumbersAsync(new DecisionQuery("tenant-a", From: first.DecidedAt)));
    }

    [Fact]
    public async Task HistoryAsync_SameInstantOnSeveralDecisions_DateBoundsKeepThemTogether()
    {
        await Log.RecordAsync(Sample.Decision(activity: "a1"), default);
        Clock.Advance(TimeSpan.FromDays(1));
        var at = Clock.GetUtcNow();
        for (var i = 2; i <= 4; i++)
        {
            await Log.RecordAsync(Sample.Decision(activity: $"a{i}"), default);
        }

        Clock.Advance(TimeSpan.FromDays(1));
        await Log.RecordAsync(Sample.Decision(activity: "a5"), default);

        Assert.Equal(new[] { 4, 3, 2 }, await NumbersAsync(new DecisionQuery("tenant-a", From: at, To: at.AddTicks(1))));
        Assert.Equal(new[] { 1 }, await NumbersAsync(new DecisionQuery("tenant-a", To: at)));
        Assert.Empty(await NumbersAsync(new DecisionQuery("tenant-a", From: at.AddDays(5))));
        Assert.Equal(0, (await Log.HistoryAsync(new DecisionQuery("tenant-a", From: at.AddDays(5)), default)).Total);
    }

    [Fact]
    public async Task HistoryAsync_Paging_TotalStaysAndPagesDoNotOverlap()
    {
        await SeedHistoryAsync();

        Assert.Equal(new[] { 6, 5 }, await NumbersAsync(new DecisionQuery("tenant-a", Limit: 2)));
        Assert.Equal(new[] { 4, 3 }, await NumbersAsync(new DecisionQuery("tenant-a", Offset: 2, Limit: 2)));
        Assert.Equal(new[] { 2, 1 }, await NumbersAsync(new DecisionQuery("tenant-a", Offset: 4, Limit: 2)));
        var past = await Log.HistoryAsync(new DecisionQuery("tenant-a", Offset: 6, Limit: 2), default);
        Assert.Empty(past.Records);
        Assert.Equal(6, past.Total);
    }

    [Fact]
    public async Task HistoryAsync_BadPaging_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.HistoryAsync(new DecisionQuery("tenant-a", Offset: -1), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.HistoryAsync(new DecisionQuery("tenant-a", Limit: 0), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.HistoryAsync(new DecisionQuery(" "), default));
    }

    [Fact]
    public async Task GetAsync_OtherTenantsNumber_Null()
    {
        await SeedHistoryAsync();

        Assert.NotNull(await Log.GetAsync("tenant-b", 2, default));
        Assert.Null(await Log.GetAsync("tenant-b", 3, default));
        Assert.Null(await Log.GetAsync("tenant-c", 1, default));
    }
}
