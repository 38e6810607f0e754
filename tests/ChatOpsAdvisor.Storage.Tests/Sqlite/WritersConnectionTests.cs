using ChatOpsAdvisor.Storage.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

/// <summary>Writers take turns on one connection kept open: what one writer leaves behind never reaches the next.</summary>
public sealed class WritersConnectionTests
{
    /// <summary>Runs one write (doing <paramref name="inside"/>, not committed) and returns the connection it was on.</summary>
    private static async Task<SqliteConnection> OneWriteAsync(TempDatabase db, Func<SqliteWrite, Task>? inside = null)
    {
        await using var write = await db.Database.BeginWriteAsync(CancellationToken.None);
        if (inside is not null)
        {
            await inside(write);
        }

        return write.Connection;
    }

    /// <summary>A write that must succeed on the connection the writer is given, committed.</summary>
    private static async Task CreateScratchTableAsync(SqliteWrite write)
    {
        await write.Connection.ExecuteAsync("CREATE TABLE scratch (x INTEGER)", transaction: write.Transaction);
        await write.Transaction.CommitAsync();
    }
    [Fact]
    public async Task ConsecutiveWrites_ShareOneConnection()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);

        var first = await OneWriteAsync(db);

        await using var second = await db.Database.BeginWriteAsync(CancellationToken.None);
        Assert.Same(first, second.Connection);
    }

    [Fact]
    public async Task AWriteNotCommitted_IsRolledBack_AndTheNextWriterStartsClean()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        await OneWriteAsync(db, write => write.Connection.ExecuteAsync("CREATE TABLE scratch (x INTEGER)", transaction: write.Transaction));

        await using var next = await db.Database.BeginWriteAsync(CancellationToken.None);
        await CreateScratchTableAsync(next);
    }

    [Fact]
    public async Task AConnectionClosedUnderAWriter_IsReplacedForTheNext()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var broken = await OneWriteAsync(db, write => write.Connection.CloseAsync());

        await using var next = await db.Database.BeginWriteAsync(CancellationToken.None);
        Assert.NotSame(broken, next.Connection);
        Assert.Equal(1, await next.Connection.ExecuteScalarAsync<int>("SELECT 1", transaction: next.Transaction));
    }

    [Fact]
    public async Task ReleasePooledConnections_ClosesTheWritersConnection_AndWritesGoOn()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var before = await OneWriteAsync(db);

        db.Database.ReleasePooledConnections();

        Assert.Equal(System.Data.ConnectionState.Closed, before.State);
        await using var after = await db.Database.BeginWriteAsync(CancellationToken.None);
        await CreateScratchTableAsync(after);
    }

    [Fact]
    public async Task AWriteDisposedTwice_LetsOnlyOneWriterIn()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var write = await db.Database.BeginWriteAsync(CancellationToken.None);
        await write.DisposeAsync();
        await write.DisposeAsync();

        await using var held = await db.Database.BeginWriteAsync(CancellationToken.None);
        var waiting = db.Database.BeginWriteAsync(CancellationToken.None);

        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await (await waiting.WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
    }

    [Fact]
    public async Task Dispose_WaitsForTheWriteInProgress_ThenRefusesNewWriters()
    {
        var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var held = await db.Database.BeginWriteAsync(CancellationToken.None);

        var disposing = Task.Run(db.Dispose);
        await Task.Delay(200);
        Assert.False(disposing.IsCompleted);
        await held.DisposeAsync();
        await disposing.WaitAsync(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<ObjectDisposedException>(() => db.Database.BeginWriteAsync(CancellationToken.None));
    }
}
