using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

public sealed class SqliteDecisionReportsTests : IAsyncLifetime
{
    private readonly SteppingClock _clock = new();
    private TempDatabase _temp = null!;
    private SqliteDecisionLog _log = null!;
    private SqliteDecisionReports _reports = null!;

    public async Task InitializeAsync()
    {
        _temp = await TempDatabase.MigratedAsync(_clock);
        _log = new SqliteDecisionLog(_temp.Database, _clock);
        _reports = new SqliteDecisionReports(_temp.Database);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CountAsync_PerDayAndUseCase_WithinTenantAndFilters()
    {
        await _log.RecordAsync(Sample.Decision(activity: "1", useCase: "code-assistant"), default);
        await _log.RecordAsync(Sample.Decision(activity: "2", useCase: "code-assistant"), default);
        _clock.Advance(TimeSpan.FromDays(2));
        await _log.RecordAsync(Sample.Decision(activity: "3", useCase: "customer-support", personId: "u2"), default);
        await _log.RecordAsync(Sample.Decision("tenant-b", "4", useCase: "summarisation"), default);

        var all = await _reports.CountAsync(new DecisionQuery("tenant-a"), default);
        var one = await _reports.CountAsync(new DecisionQuery("tenant-a", Person: "u2"), default);

        Assert.Equal([new DayCount(new DateOnly(2025, 6, 2), 2), new DayCount(new DateOnly(2025, 6, 4), 1)], all.PerDay);
        Assert.Equal([new UseCaseCount("code-assistant", 2), new UseCaseCount("customer-support", 1)], all.PerUseCase);
        Assert.Equal([new UseCaseCount("customer-support", 1)], one.PerUseCase);
    }

    [Fact]
    public async Task ExportAsync_MoreThanOneBatch_EveryMatchNewestFirstOnce()
    {
        for (var i = 0; i < 1203; i++)
        {
            await _log.RecordAsync(Sample.Decision(activity: $"a{i}", useCase: i % 3 == 0 ? "code-assistant" : "summarisation"), default);
        }

        await _log.RecordAsync(Sample.Decision("tenant-b", "b", useCase: "code-assistant"), default);

        var all = new List<int>();
        await foreach (var d in _reports.ExportAsync(new DecisionQuery("tenant-a"), default))
        {
            all.Add(d.Number);
        }

        var code = new List<DecisionRecord>();
        await foreach (var d in _reports.ExportAsync(new DecisionQuery("tenant-a", UseCase: "code-assistant"), default))
        {
            code.Add(d);
        }

        Assert.Equal(Enumerable.Range(1, 1203).Reverse(), all);
        Assert.Equal(401, code.Count);
        Assert.All(code, d => Assert.Equal(("tenant-a", "code-assistant"), (d.TenantId, d.Inputs.UseCase)));
    }
}
