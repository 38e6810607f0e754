using System.Text.Json;
using ChatOpsAdvisor.Conversation.State;
using Dapper;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>Each person's place in the flow, one row per (tenant, conversation, user).</summary>
public sealed class SqliteConversationStateStore(SqliteDatabase database, TimeProvider time) : IConversationStateStore
{
    private readonly StateWriteBatch writes = new(database);

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

    /// <summary>
    /// Committed together with the saves and deletes of other turns running at the same time
    /// (<see cref="StateWriteBatch"/>); returns once this one has committed.
    /// </summary>
    public Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var json = JsonSerializer.Serialize(state, StorageJsonContext.Default.ConversationState);
        return writes.WriteAsync(new StateWrite(key, state.Step, json, UtcText.Instant(time.GetUtcNow()), cancellationToken));
    }

    /// <summary>Queued behind the same person's earlier saves, so a save cannot land after the delete.</summary>
    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return writes.WriteAsync(new StateWrite(key, step: null, stateJson: null, updatedAt: null, cancellationToken));
    }

    private static object Keys(ConversationKey key) => new { key.TenantId, key.ConversationId, key.UserId };
}
