using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.State;
using ChatOpsAdvisor.Storage.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

/// <summary>What the SQLite file itself holds: formats, constraints, the audit table's guard.</summary>
public sealed class SqliteFileTests : IAsyncLifetime
{
    private readonly SteppingClock _clock = new(new DateTimeOffset(2025, 6, 2, 18, 15, 30, TimeSpan.FromHours(9)));
    private TempDatabase _temp = null!;

    public async Task InitializeAsync() => _temp = await TempDatabase.MigratedAsync(_clock);

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RecordAsync_Times_StoredAsUtcIsoText()
    {
        await new SqliteDecisionLog(_temp.Database, _clock).RecordAsync(Sample.Decision(), default);

        await using var c = await _temp.Database.OpenAsync(default);
        var row = await c.QuerySingleAsync<(string DecidedAt, string DecidedOn)>("SELECT decided_at, decided_on FROM decisions");
        Assert.Equal("2025-06-02T09:15:30.0000000Z", row.DecidedAt);
        Assert.Equal("2025-06-02", row.DecidedOn);
        Assert.Equal("2025-06-02T09:15:30.0000000Z", await c.ExecuteScalarAsync<string>("SELECT occurred_at FROM decision_events"));
    }

    [Theory]
    [InlineData("UPDATE decision_events SET detail = 'rewritten'")]
    [InlineData("DELETE FROM decision_events")]
    [InlineData("DELETE FROM decisions")]
    public async Task AuditTrail_UpdateOrDelete_Refused(string sql)
    {
        await new SqliteDecisionLog(_temp.Database, _clock).RecordAsync(Sample.Decision(), default);
        await using var c = await _temp.Database.OpenAsync(default);

        await Assert.ThrowsAsync<SqliteException>(() => c.ExecuteAsync(sql));

        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM decision_events"));
    }

    [Fact]
    public async Task Decisions_StatusOutsideVocabulary_Refused()
    {
        await new SqliteDecisionLog(_temp.Database, _clock).RecordAsync(Sample.Decision(), default);
        await using var c = await _temp.Database.OpenAsync(default);

        await Assert.ThrowsAsync<SqliteException>(() => c.ExecuteAsync("UPDATE decisions SET status = 'maybe'"));
    }

    [Fact]
    public async Task LoadAsync_DamagedStateRow_TreatedAsNone()
    {
        var store = new SqliteConversationStateStore(_temp.Database, _clock);
        var key = new ConversationKey("t", "c", "u");
        await store.SaveAsync(key, ConversationState.New("en"), default);
        await using (var c = await _temp.Database.OpenAsync(default))
        {
            await c.ExecuteAsync("UPDATE conversation_state SET state_json = '{not json'");
        }

        Assert.Null(await store.LoadAsync(key, default));
        await store.SaveAsync(key, ConversationState.New("ja"), default);
        Assert.Equal("ja", (await store.LoadAsync(key, default))!.Language);
    }

    [Fact]
    public async Task SaveAsync_StateJson_HasNoHelperProperties()
    {
        var store = new SqliteConversationStateStore(_temp.Database, _clock);
        await store.SaveAsync(new ConversationKey("t", "c", "u"), ConversationState.New("en") with { Picked = ["m"] }, default);

        await using var c = await _temp.Database.OpenAsync(default);
        var json = await c.ExecuteScalarAsync<string>("SELECT state_json FROM conversation_state");
        Assert.Contains("\"picked\":[\"m\"]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("pickedModels", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hasHardware", json, StringComparison.Ordinal);
    }
}
