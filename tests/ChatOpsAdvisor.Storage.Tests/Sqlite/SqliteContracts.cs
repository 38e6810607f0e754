using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.State;
using ChatOpsAdvisor.Storage.Tests.Contracts;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

/// <summary>The decision log contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteDecisionLogTests : DecisionLogContract
{
    private TempDatabase? _db;

    protected override async Task<IDecisionLog> CreateLogAsync(TimeProvider time)
    {
        _db = await TempDatabase.MigratedAsync(time);
        return new SqliteDecisionLog(_db.Database, time);
    }

    protected override Task DisposeLogAsync()
    {
        _db?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The conversation state contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteConversationStateStoreTests : ConversationStateStoreContract
{
    private TempDatabase? _db;

    protected override async Task<IConversationStateStore> CreateStoreAsync(TimeProvider time)
    {
        _db = await TempDatabase.MigratedAsync(time);
        return new SqliteConversationStateStore(_db.Database, time);
    }

    protected override Task DisposeStoreAsync()
    {
        _db?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same contract through the write-through cache the bot puts in front of the SQLite store.</summary>
public sealed class CachedSqliteConversationStateStoreTests : ConversationStateStoreContract
{
    private TempDatabase? _db;

    protected override async Task<IConversationStateStore> CreateStoreAsync(TimeProvider time)
    {
        _db = await TempDatabase.MigratedAsync(time);
        return new CachedConversationStateStore(new SqliteConversationStateStore(_db.Database, time), capacity: 100);
    }

    protected override Task DisposeStoreAsync()
    {
        _db?.Dispose();
        return Task.CompletedTask;
    }
}
