using System.Text.Json;
using ChatOpsAdvisor.Conversation.State;
using Dapper;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>Each person's place in the flow, one row per (tenant, conversation, user).</summary>
public sealed class SqliteConversationStateStore(SqliteDatabase database, TimeProvider time) : IConversationStateStore
{
    private const string SelectState = """
        SELECT state_json FROM conversation_state
        WHERE tenant_id = @TenantId AND conversation_id = @ConversationId AND user_id = @UserId;
        """;

    /// <summary>A state this build cannot read (a damaged row) counts as none: the person starts over instead of failing on every message.</summary>
    public async Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectState, Keys(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, StorageJsonContext.Default.ConversationState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private const string UpdateState = """
        UPDATE conversation_state SET step = @Step, state_json = @StateJson, updated_at = @UpdatedAt
        WHERE tenant_id = @TenantId AND conversation_id = @ConversationId AND user_id = @UserId;
        """;

    private const string InsertState = """
        INSERT INTO conversation_state (tenant_id, conversation_id, user_id, step, state_json, updated_at)
        VALUES (@TenantId, @ConversationId, @UserId, @Step, @StateJson, @UpdatedAt);
        """;

    /// <summary>
    /// An upsert in standard SQL: UPDATE, then INSERT when no row was there, in one write
    /// transaction (BEGIN IMMEDIATE on SQLite), so two saves for the same person cannot both insert.
    /// </summary>
    public async Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var row = new
        {
            key.TenantId,
            key.ConversationId,
            key.UserId,
            state.Step,
            StateJson = JsonSerializer.Serialize(state, StorageJsonContext.Default.ConversationState),
            UpdatedAt = UtcText.Instant(time.GetUtcNow()),
        };
        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var updated = await connection.ExecuteAsync(new CommandDefinition(UpdateState, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertState, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private const string DeleteState = """
        DELETE FROM conversation_state
        WHERE tenant_id = @TenantId AND conversation_id = @ConversationId AND user_id = @UserId;
        """;

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(DeleteState, Keys(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static object Keys(ConversationKey key) => new { key.TenantId, key.ConversationId, key.UserId };
}
