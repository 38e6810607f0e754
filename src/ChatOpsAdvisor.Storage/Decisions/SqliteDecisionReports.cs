using System.Runtime.CompilerServices;
using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;

namespace ChatOpsAdvisor.Storage.Decisions;

public sealed class SqliteDecisionReports(SqliteDatabase database) : IDecisionReports
{
    private const int ExportBatch = 500;

    private const string CountPerDay = "SELECT decided_on AS Key, COUNT(*) AS Count FROM decisions WHERE {0} GROUP BY decided_on ORDER BY decided_on;";

    private const string CountPerUseCase = "SELECT use_case_key AS Key, COUNT(*) AS Count FROM decisions WHERE {0} GROUP BY use_case_key ORDER BY COUNT(*) DESC, use_case_key;";

    public async Task<DecisionCounts> CountAsync(DecisionQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters, _) = DecisionFilter.Build(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var days = await connection.QueryAsync<KeyCount>(new CommandDefinition(SqliteDecisionLog.Fill(CountPerDay, where), parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var useCases = await connection.QueryAsync<KeyCount>(new CommandDefinition(SqliteDecisionLog.Fill(CountPerUseCase, where), parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionCounts(
            [.. days.Select(d => new DayCount(UtcText.ParseDay(d.Key), d.Count))],
            [.. useCases.Select(u => new UseCaseCount(u.Key, u.Count))]);
    }

    // Keyset paging by number: each batch is a short query of its own, so a long export neither
    // slows down with depth (as OFFSET does) nor keeps one read snapshot open while the client downloads.
    private const string SelectBatch = $"SELECT {DecisionRow.Columns} FROM decisions WHERE {{0}} AND decision_number < @Before ORDER BY decision_number DESC LIMIT @Limit;";

    public async IAsyncEnumerable<DecisionRecord> ExportAsync(DecisionQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters, _) = DecisionFilter.Build(query);
        var sql = SqliteDecisionLog.Fill(SelectBatch, where);
        parameters.Add("Limit", ExportBatch);
        var before = int.MaxValue;
        while (true)
        {
            parameters.Add("Before", before);
            List<DecisionRow> batch;
            await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                batch = [.. await connection.QueryAsync<DecisionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];
            }

            foreach (var row in batch)
            {
                yield return row.ToRecord();
            }

            if (batch.Count < ExportBatch)
            {
                yield break;
            }

            before = batch[^1].Number;
        }
    }

    private sealed class KeyCount
    {
        public string Key { get; init; } = string.Empty;
        public int Count { get; init; }
    }
}
