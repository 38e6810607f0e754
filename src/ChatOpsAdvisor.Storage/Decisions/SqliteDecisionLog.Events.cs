using System.Data.Common;
using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Decisions;

public sealed partial class SqliteDecisionLog
{
    // The next sequence number and the row in one standard INSERT ... SELECT (an aggregate without
    // GROUP BY yields one row even for the first event), inside the caller's write transaction.
    internal const string InsertEvent = """
        INSERT INTO decision_events (tenant_id, decision_number, seq, kind, actor_id, actor_name, occurred_at, detail)
        SELECT @TenantId, @Number, COALESCE(MAX(seq), 0) + 1, @Kind, @ActorId, @ActorName, @OccurredAt, @Detail
        FROM decision_events WHERE tenant_id = @TenantId AND decision_number = @Number;
        """;

    private const string SelectEvents = """
        SELECT tenant_id AS TenantId, decision_number AS Number, kind AS Kind, actor_id AS ActorId,
               actor_name AS ActorName, occurred_at AS OccurredAt, detail AS Detail
        FROM decision_events WHERE tenant_id = @TenantId AND decision_number = @Number
        ORDER BY seq;
        """;

    private const string DecisionExists = "SELECT COUNT(*) FROM decisions WHERE tenant_id = @TenantId AND decision_number = @Number;";

    // Kinds that state a change of status: only the methods that change the status write them.
    private static readonly HashSet<string> StatusKinds = new(StringComparer.Ordinal)
    {
        DecisionEventKinds.Recorded, DecisionEventKinds.Accepted, DecisionEventKinds.Rejected, DecisionEventKinds.Superseded,
    };

    /// <summary>
    /// Appends an event that changes no status. The time is the log's clock, not
    /// <see cref="DecisionEvent.At"/>, so the trail's times always follow its order.
    /// </summary>
    public async Task AppendEventAsync(DecisionEvent decisionEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisionEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionEvent.TenantId, nameof(decisionEvent.TenantId));
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionEvent.Kind, nameof(decisionEvent.Kind));
        ArgumentNullException.ThrowIfNull(decisionEvent.Actor, nameof(decisionEvent.Actor));
        if (StatusKinds.Contains(decisionEvent.Kind))
        {
            throw new ArgumentException($"'{decisionEvent.Kind}' events are written with the status change they record (RecordAsync, ChangeStatusAsync).", nameof(decisionEvent));
        }

        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var key = new { decisionEvent.TenantId, Number = decisionEvent.DecisionNumber };
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(DecisionExists, key, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 0)
        {
            throw NotFound(decisionEvent.TenantId, decisionEvent.DecisionNumber);
        }

        await InsertEventAsync(connection, transaction, decisionEvent with { At = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionEvent>> EventsAsync(string tenantId, int number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<EventRow>(
            new CommandDefinition(SelectEvents, new { TenantId = tenantId, Number = number }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new DecisionEvent(r.Number, r.TenantId, r.Kind, new DecisionActor(r.ActorId, r.ActorName), UtcText.ParseInstant(r.OccurredAt), r.Detail))];
    }

    private static Task InsertEventAsync(SqliteConnection connection, DbTransaction transaction, DecisionEvent e, CancellationToken cancellationToken)
    {
        var row = new
        {
            e.TenantId,
            Number = e.DecisionNumber,
            e.Kind,
            ActorId = e.Actor.Id,
            ActorName = e.Actor.Name,
            OccurredAt = UtcText.Instant(e.At),
            e.Detail,
        };
        return connection.ExecuteAsync(new CommandDefinition(InsertEvent, row, transaction, cancellationToken: cancellationToken));
    }

    private sealed class EventRow
    {
        public string TenantId { get; init; } = string.Empty;
        public int Number { get; init; }
        public string Kind { get; init; } = string.Empty;
        public string ActorId { get; init; } = string.Empty;
        public string? ActorName { get; init; }
        public string OccurredAt { get; init; } = string.Empty;
        public string? Detail { get; init; }
    }
}
