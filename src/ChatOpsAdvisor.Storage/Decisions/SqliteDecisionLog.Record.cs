using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage.Decisions;

public sealed partial class SqliteDecisionLog
{
    // Two single-aggregate subqueries, so each is one index seek (PK and ix_decisions_decided_at).
    private const string NextNumberAndLastTime = """
        SELECT (SELECT COALESCE(MAX(decision_number), 0) + 1 FROM decisions WHERE tenant_id = @TenantId) AS Number,
               (SELECT MAX(decided_at) FROM decisions WHERE tenant_id = @TenantId) AS LastDecidedAt;
        """;

    internal const string InsertDecision = """
        INSERT INTO decisions (
            tenant_id, decision_number, channel_kind, team_id, channel_id, conversation_id,
            decided_by_id, decided_by_name, decided_by_name_key, decided_at, decided_on,
            gpu_memory_gb, gpu_count, gpu, workload, weight_precision, context_tokens, use_case, use_case_key,
            commercial_use_required, candidates_json, chosen_model, chosen_model_key, rationale,
            bot_reasons_json, pitfalls_json, catalog_version, status, supersedes, source_activity_id)
        VALUES (
            @TenantId, @Number, @ChannelKind, @TeamId, @ChannelId, @ConversationId,
            @DecidedById, @DecidedByName, @DecidedByNameKey, @DecidedAt, @DecidedOn,
            @GpuMemoryGb, @GpuCount, @Gpu, @Workload, @WeightPrecision, @ContextTokens, @UseCase, @UseCaseKey,
            @CommercialUseRequired, @CandidatesJson, @ChosenModel, @ChosenModelKey, @Rationale,
            @BotReasonsJson, @PitfallsJson, @CatalogVersion, @Status, @Supersedes, @SourceActivityId);
        """;

    private const string MarkSuperseded = """
        UPDATE decisions SET status = 'superseded', superseded_by = @Number
        WHERE tenant_id = @TenantId AND decision_number = @Supersedes AND decision_number <> @Number;
        """;

    private const string SelectBySource = $"SELECT {DecisionRow.Columns} FROM decisions WHERE tenant_id = @TenantId AND source_activity_id = @SourceActivityId;";

    /// <summary>
    /// Idempotency rests on the UNIQUE (tenant_id, source_activity_id) constraint, the portable
    /// way: the second insert of an activity fails, its transaction rolls back (no second row, no
    /// second event) and the first record is returned. A decision that names a predecessor not in
    /// the tenant is refused with <see cref="ArgumentException"/> and nothing is written.
    /// </summary>
    public async Task<DecisionRecord> RecordAsync(NewDecision decision, CancellationToken cancellationToken)
    {
        Validate(decision);
        try
        {
            return await InsertAsync(decision, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.IsUniqueViolation())
        {
            // The only UNIQUE constraint on decisions (the number is the primary key, not UNIQUE).
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            var first = await connection.QuerySingleAsync<DecisionRow>(
                new CommandDefinition(SelectBySource, new { decision.TenantId, decision.SourceActivityId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return first.ToRecord();
        }
    }

    private async Task<DecisionRecord> InsertAsync(NewDecision decision, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var (number, last) = await connection.QuerySingleAsync<(int Number, string? LastDecidedAt)>(
            new CommandDefinition(NextNumberAndLastTime, new { decision.TenantId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Times never go down as numbers go up (a clock set back records the previous time), which
        // is what lets a date range be read as a number range (DecisionFilter).
        var now = time.GetUtcNow();
        if (last is not null && UtcText.ParseInstant(last) is var previous && previous > now)
        {
            now = previous;
        }

        var row = DecisionRow.From(decision, number, now);
        await connection.ExecuteAsync(new CommandDefinition(InsertDecision, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var recorded = new DecisionEvent(number, decision.TenantId, DecisionEventKinds.Recorded, decision.DecidedBy, now, decision.Supersedes is { } s ? $"supersedes #{s}" : null);
        await InsertEventAsync(connection, transaction, recorded, cancellationToken).ConfigureAwait(false);
        if (decision.Supersedes is { } old)
        {
            var marked = await connection.ExecuteAsync(
                new CommandDefinition(MarkSuperseded, new { decision.TenantId, Number = number, Supersedes = old }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (marked == 0)
            {
                throw new ArgumentException($"Decision #{old} does not exist in tenant '{decision.TenantId}', so it cannot be superseded.", nameof(decision));
            }

            var superseded = new DecisionEvent(old, decision.TenantId, DecisionEventKinds.Superseded, decision.DecidedBy, now, $"superseded by #{number}");
            await InsertEventAsync(connection, transaction, superseded, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        // What was written, without reading it back (the contract tests compare the two).
        return new DecisionRecord(
            number, decision.TenantId, decision.Place, decision.DecidedBy, now, decision.Inputs, decision.Candidates, decision.ChosenModel,
            decision.Rationale, decision.BotReasons, decision.Pitfalls, decision.CatalogVersion, DecisionStatuses.Proposed,
            SupersededBy: null, decision.Supersedes, Card: null, decision.SourceActivityId);
    }

    private static void Validate(NewDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentException.ThrowIfNullOrWhiteSpace(d.TenantId, nameof(d.TenantId));
        ArgumentException.ThrowIfNullOrWhiteSpace(d.SourceActivityId, nameof(d.SourceActivityId));
        ArgumentException.ThrowIfNullOrWhiteSpace(d.ChosenModel, nameof(d.ChosenModel));
        ArgumentNullException.ThrowIfNull(d.Place, nameof(d.Place));
        ArgumentNullException.ThrowIfNull(d.DecidedBy, nameof(d.DecidedBy));
        ArgumentNullException.ThrowIfNull(d.Inputs, nameof(d.Inputs));
        ArgumentNullException.ThrowIfNull(d.Candidates, nameof(d.Candidates));
        ArgumentNullException.ThrowIfNull(d.BotReasons, nameof(d.BotReasons));
        ArgumentNullException.ThrowIfNull(d.Pitfalls, nameof(d.Pitfalls));
    }
}
