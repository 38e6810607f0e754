using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Tests.Reliability.Support;

/// <summary>One row of the decisions table, as the checks read it.</summary>
public sealed record StoredDecision(string TenantId, long DecisionNumber, string ConversationId, string DecidedById, string? Rationale);

/// <summary>
/// The bot's SQLite file in the temp folder, read straight from disk (not through the app) so the checks see
/// what survived; deleted with its WAL and shared-memory files on dispose.
/// </summary>
public sealed class DatabaseFile : IDisposable
{
    private const string SelectDecisions =
        "SELECT tenant_id AS TenantId, decision_number AS DecisionNumber, conversation_id AS ConversationId, decided_by_id AS DecidedById, rationale AS Rationale FROM decisions;";

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"chatops-reliability-{Guid.NewGuid():N}.db");

    public async Task<IReadOnlyList<StoredDecision>> DecisionsAsync()
    {
        await using var connection = await OpenAsync();
        return [.. await connection.QueryAsync<StoredDecision>(SelectDecisions)];
    }

    /// <summary>The result rows of <c>PRAGMA integrity_check</c>: a single "ok" when the file is sound.</summary>
    public async Task<IReadOnlyList<string>> IntegrityCheckAsync()
    {
        await using var connection = await OpenAsync();
        return [.. await connection.QueryAsync<string>("PRAGMA integrity_check;")];
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        // Pooling off: no handle of the test may keep the file open while a bot process restarts on it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
