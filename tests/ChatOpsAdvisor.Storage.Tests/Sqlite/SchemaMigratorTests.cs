using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Migrations;
using ChatOpsAdvisor.Storage.Tests.Support;
using Dapper;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

public sealed class SchemaMigratorTests
{
    private readonly SteppingClock _clock = new();

    /// <summary>Version 0 is the empty file; every later migration adds a row here automatically.</summary>
    public static TheoryData<int> EarlierVersions()
    {
        var data = new TheoryData<int>();
        for (var v = 0; v < SchemaMigrations.Latest; v++)
        {
            data.Add(v);
        }

        return data;
    }

    [Fact]
    public void Migrations_NumberedOneUpWithoutGaps() =>
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(m => m.Version));

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public async Task MigrateAsync_FromEarlierVersion_ReachesLatestAndKeepsData(int from)
    {
        using var temp = new TempDatabase();
        var migrator = new SchemaMigrator(temp.Database, _clock);
        Assert.Equal(from, await migrator.MigrateAsync(from, default));
        if (from >= 1)
        {
            await new SqliteDecisionLog(temp.Database, _clock).RecordAsync(Sample.Decision(), default);
        }

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(SchemaMigrations.Latest, await migrator.MigrateAsync(default));

        await using var c = await temp.Database.OpenAsync(default);
        var versions = (await c.QueryAsync<(long Version, string AppliedAt)>("SELECT version, applied_at FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.Latest), versions.Select(v => (int)v.Version));
        Assert.Equal("2025-06-03T09:30:00.0000000Z", versions[^1].AppliedAt);
        if (from >= 1)
        {
            Assert.NotNull(await new SqliteDecisionLog(temp.Database, _clock).GetAsync("tenant-a", 1, default));
        }
    }

    [Fact]
    public async Task MigrateAsync_EmptyFolder_CreatesFolderFileAndWal()
    {
        using var temp = new TempDatabase(subfolder: Path.Combine("not", "there", "yet"));

        await new SchemaMigrator(temp.Database, _clock).MigrateAsync(default);

        Assert.True(File.Exists(temp.Database.FilePath));
        await using var c = await temp.Database.OpenAsync(default);
        Assert.Equal("wal", await c.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("PRAGMA foreign_keys;"));
        Assert.Equal(10000, await c.ExecuteScalarAsync<int>("PRAGMA busy_timeout;"));
        var tables = await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(["conversation_state", "decision_events", "decisions", "schema_version"], tables);
    }

    [Fact]
    public async Task MigrateAsync_Twice_SecondDoesNothing()
    {
        using var temp = new TempDatabase();
        var migrator = new SchemaMigrator(temp.Database, _clock);

        await migrator.MigrateAsync(default);
        await migrator.MigrateAsync(default);

        await using var c = await temp.Database.OpenAsync(default);
        Assert.Equal(SchemaMigrations.Latest, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_TwoInstancesAtOnce_BothSucceedOnce()
    {
        using var temp = new TempDatabase();

        await Task.WhenAll(
            Task.Run(() => new SchemaMigrator(temp.Database, _clock).MigrateAsync(default)),
            Task.Run(() => new SchemaMigrator(temp.Database, _clock).MigrateAsync(default)));

        await using var c = await temp.Database.OpenAsync(default);
        Assert.Equal(SchemaMigrations.Latest, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_FileFromNewerBuild_Refused()
    {
        using var temp = new TempDatabase();
        await new SchemaMigrator(temp.Database, _clock).MigrateAsync(default);
        await using (var c = await temp.Database.OpenAsync(default))
        {
            await c.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@V, 'future', 'x')", new { V = SchemaMigrations.Latest + 1 });
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new SchemaMigrator(temp.Database, _clock).MigrateAsync(default));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingMigration_RollsBackEverything()
    {
        using var temp = new TempDatabase();
        await using (var c = await temp.Database.OpenAsync(default))
        {
            // A table the first migration also creates: its script fails half-way.
            await c.ExecuteAsync("CREATE TABLE decision_events (x INTEGER)");
        }

        await Assert.ThrowsAnyAsync<Exception>(() => new SchemaMigrator(temp.Database, _clock).MigrateAsync(default));

        await using var check = await temp.Database.OpenAsync(default);
        var tables = await check.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(["decision_events"], tables);
    }
}
