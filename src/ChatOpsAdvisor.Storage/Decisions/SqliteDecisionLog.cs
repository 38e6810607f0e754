using System.Data.Common;
using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Decisions;

/// <summary>
/// The decision log on SQLite. Every write runs in one BEGIN IMMEDIATE transaction (SQLite's
/// write lock taken at the start), so reading the next number and writing the row cannot
/// interleave with another writer; every read is scoped to one tenant by its WHERE clause.
/// Rules beyond the port's comments: only accepted and rejected are set through
/// <see cref="ChangeStatusAsync"/> (superseded comes from recording the successor), a superseded
/// decision keeps its status, and setting the status it already has changes nothing and logs nothing.
/// Methods that return no value throw <see cref="KeyNotFoundException"/> for a decision that is not in the tenant.
/// </summary>
public sealed partial class SqliteDecisionLog(SqliteDatabase database, TimeProvider time) : IDecisionLog
{
    private const string SelectDecision = $"SELECT {DecisionRow.Columns} FROM decisions WHERE tenant_id = @TenantId AND decision_number = @Number;";

    public async Task<DecisionRecord?> GetAsync(string tenantId, int number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(connection, null, tenantId, number, cancellationToken).ConfigureAwait(false);
        return row?.ToRecord();
    }

    private static Task<DecisionRow?> FindAsync(SqliteConnection connection, DbTransaction? transaction, string tenantId, int number, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DecisionRow>(
            new CommandDefinition(SelectDecision, new { TenantId = tenantId, Number = number }, transaction, cancellationToken: cancellationToken));

    private static KeyNotFoundException NotFound(string tenantId, int number) => new($"Decision #{number} does not exist in tenant '{tenantId}'.");
}
