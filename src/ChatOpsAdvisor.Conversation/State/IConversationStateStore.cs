namespace ChatOpsAdvisor.Conversation.State;

/// <summary>Persists each person's place in the flow (SQLite in ChatOpsAdvisor.Storage; in memory in tests).</summary>
public interface IConversationStateStore
{
    Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken);
}
