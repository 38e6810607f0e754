using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;

namespace ChatOpsAdvisor.Storage.Decisions;

public sealed partial class SqliteDecisionLog
{
    /// <summary>The largest page a history query may ask for.</summary>
    public const int MaxPageSize = 500;

    private const string CountMatching = "SELECT COUNT(*) FROM decisions WHERE {0};";

    // Numbers run 1..N without gaps in a tenant (decisions are never deleted), so with no filter the
    // count is the last number: one index seek instead of counting every decision of the tenant.
    private const string CountAll = "SELECT COALESCE(MAX(decision_number), 0) FROM decisions WHERE tenant_id = @TenantId;";

    // The page's numbers come from the filter's index alone; only those rows are then read whole.
    // LIMIT/OFFSET: SQLite, PostgreSQL and MySQL (SQLite has no OFFSET ... FETCH); a derived table,
    // not IN (...), because MySQL refuses LIMIT inside IN.
    private const string SelectPage = $$"""
        SELECT {{DecisionRow.Columns}} FROM decisions
        JOIN (SELECT decision_number AS page_number FROM decisions WHERE {0}
              ORDER BY decision_number DESC LIMIT @Limit OFFSET @Offset) page
          ON decision_number = page.page_number
        WHERE tenant_id = @TenantId
        ORDER BY decision_number DESC;
        """;

    /// <summary>Newest first. Filters: see <see cref="DecisionFilter.Build"/>; the person matches the decider's id or name.</summary>
    public async Task<DecisionPage> HistoryAsync(DecisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxPageSize);
        var (where, parameters, tenantOnly) = DecisionFilter.Build(query);
        parameters.Add("Limit", query.Limit);
        parameters.Add("Offset", query.Offset);

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One read transaction, so the total and the page come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var count = tenantOnly ? CountAll : Fill(CountMatching, where);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(count, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        IEnumerable<DecisionRow> rows = [];
        if (total > query.Offset)
        {
            rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(Fill(SelectPage, where), parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionPage([.. rows.Select(r => r.ToRecord())], total);
    }

    /// <summary>Puts a WHERE clause built from const fragments into a const template.</summary>
    internal static string Fill(string template, string where) => template.Replace("{0}", where, StringComparison.Ordinal);
}
