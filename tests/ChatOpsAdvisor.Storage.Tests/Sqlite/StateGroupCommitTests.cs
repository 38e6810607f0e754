using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Storage.State;
using ChatOpsAdvisor.Storage.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

/// <summary>
/// Saves that arrive while another write holds the file are committed together: each caller returns once its own
/// row is in the file, in the order saved, and one refused row fails only its own caller.
/// </summary>
public sealed class StateGroupCommitTests
{
    private static readonly ConversationState Step2 = ConversationState.New("en") with { Step = Steps.Benchmarks, Version = 2 };

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static ConversationKey Person(int i) => new("tenant", "chat", $"p{i}");

    /// <summary>
    /// Starts writes while another writer holds the file, then lets it go: the first save becomes the writer and waits
    /// for the file with only itself in its batch, so the saves started after it are queued and go out together.
    /// </summary>
    private static async Task<T> BehindAnotherWriterAsync<T>(TempDatabase db, Func<T> start)
    {
        await using (await db.Database.BeginWriteAsync(CancellationToken.None))
        {
            return start();
        }
    }

    /// <summary>A trigger that makes the file refuse the insert of one user's row, with the given RAISE action and message.</summary>
    private static async Task RefuseInsertAsync(TempDatabase db, string userId, string raise)
    {
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync($"""
            CREATE TRIGGER refuse_{userId} BEFORE INSERT ON conversation_state WHEN NEW.user_id = '{userId}'
            BEGIN SELECT RAISE({raise}); END;
            """);
    }

    [Fact]
    public async Task SavesQueuedBehindAnotherWriter_AllLand_AndNoneReturnsBeforeItsRowIsWritten()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);

        var saves = await BehindAnotherWriterAsync(db, () =>
        {
            Task[] started = [.. Enumerable.Range(0, 50).Select(i => store.SaveAsync(Person(i), Step2 with { Version = i }, CancellationToken.None))];
            Assert.DoesNotContain(started, s => s.IsCompleted);
            return started;
        });

        await Task.WhenAll(saves).WaitAsync(Patience);
        var fresh = new SqliteConversationStateStore(db.Database, TimeProvider.System);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(i, (await fresh.LoadAsync(Person(i), CancellationToken.None))?.Version);
        }
    }

    [Fact]
    public async Task TwoSavesOfOnePerson_InOneBatch_TheLaterWins()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);

        var saves = await BehindAnotherWriterAsync(db, () => new[]
        {
            store.SaveAsync(Person(9), Step2, CancellationToken.None),
            store.SaveAsync(Person(0), Step2 with { Version = 3 }, CancellationToken.None),
            store.SaveAsync(Person(0), Step2 with { Version = 4 }, CancellationToken.None),
        });

        await Task.WhenAll(saves).WaitAsync(Patience);
        Assert.Equal(4, (await store.LoadAsync(Person(0), CancellationToken.None))?.Version);
    }

    [Fact]
    public async Task ADeleteQueuedAfterASave_IsNotOvertakenByIt()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);

        var writes = await BehindAnotherWriterAsync(db, () => new[]
        {
            store.SaveAsync(Person(9), Step2, CancellationToken.None),
            store.SaveAsync(Person(0), Step2, CancellationToken.None),
            store.DeleteAsync(Person(0), CancellationToken.None),
        });

        await Task.WhenAll(writes).WaitAsync(Patience);
        Assert.Null(await store.LoadAsync(Person(0), CancellationToken.None));
        Assert.NotNull(await store.LoadAsync(Person(9), CancellationToken.None));
    }

    [Fact]
    public async Task ARowTheFileRefuses_FailsOnlyItsOwnCaller_TheRestOfItsBatchLands()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        await RefuseInsertAsync(db, "bad", "ABORT, 'refused by the test'");
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);
        var bad = new ConversationKey("tenant", "chat", "bad");
        var (landing, refused) = await BehindAnotherWriterAsync(db, () => (
            new[] { store.SaveAsync(Person(0), Step2, CancellationToken.None), store.SaveAsync(Person(1), Step2, CancellationToken.None), store.SaveAsync(Person(2), Step2, CancellationToken.None) },
            store.SaveAsync(bad, Step2, CancellationToken.None)));

        await Task.WhenAll(landing).WaitAsync(Patience);
        var error = await Assert.ThrowsAsync<SqliteException>(() => refused.WaitAsync(Patience));
        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await store.LoadAsync(Person(1), CancellationToken.None));
        Assert.NotNull(await store.LoadAsync(Person(2), CancellationToken.None));
        Assert.Null(await store.LoadAsync(bad, CancellationToken.None));

        // The queue is not stuck after a failure.
        await store.SaveAsync(Person(3), Step2, CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task ACallerGivingUpWhileQueued_IsAnsweredAtOnce_BeforeTheWriterMovesOn()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);
        using var giveUp = new CancellationTokenSource();

        Task leader, cancelled;
        await using (await db.Database.BeginWriteAsync(CancellationToken.None))
        {
            leader = store.SaveAsync(Person(1), Step2, CancellationToken.None);
            cancelled = store.SaveAsync(Person(2), Step2, giveUp.Token);
            await giveUp.CancelAsync();

            // Still inside the held write lock: the queued caller is not kept waiting for it.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
            Assert.False(leader.IsCompleted);
        }

        await leader.WaitAsync(Patience);
        Assert.Null(await store.LoadAsync(Person(2), CancellationToken.None));
    }

    [Fact]
    public async Task ATransactionRolledBack_FailsItsWholeBatch_WithTheReason_AndTheQueueGoesOn()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        await RefuseInsertAsync(db, "rollback", "ROLLBACK, 'rolled back by the test'");
        var store = new SqliteConversationStateStore(db.Database, TimeProvider.System);
        var (leader, batch) = await BehindAnotherWriterAsync(db, () => (
            store.SaveAsync(Person(0), Step2, CancellationToken.None),
            new[]
            {
                store.SaveAsync(Person(1), Step2, CancellationToken.None),
                store.SaveAsync(new ConversationKey("tenant", "chat", "rollback"), Step2, CancellationToken.None),
                store.SaveAsync(Person(2), Step2, CancellationToken.None),
            }));

        await leader.WaitAsync(Patience);
        foreach (var save in batch)
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => save.WaitAsync(Patience));
            Assert.Contains("rolled back by the test", error.Message, StringComparison.Ordinal);
        }

        Assert.Null(await store.LoadAsync(Person(1), CancellationToken.None));
        await store.SaveAsync(Person(3), Step2, CancellationToken.None).WaitAsync(Patience);
        Assert.NotNull(await store.LoadAsync(Person(3), CancellationToken.None));
    }
}
