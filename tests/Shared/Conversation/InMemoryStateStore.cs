using System.Collections.Concurrent;
using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Testing;

public sealed class InMemoryStateStore : IConversationStateStore
{
    public ConcurrentDictionary<ConversationKey, ConversationState> States { get; } = new();

    public int Saves { get; private set; }

    public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken) =>
        Task.FromResult(States.TryGetValue(key, out var s) ? s : null);

    public Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        States[key] = state;
        Saves++;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        States.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
