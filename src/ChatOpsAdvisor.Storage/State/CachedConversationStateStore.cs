using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>
/// A write-through cache in front of the state store: every save and delete goes to the store first and only
/// then to the cache, so the file always holds what was acknowledged, and a turn's load is answered from memory
/// when this process saw the state last (also "no state yet", the first turn of every conversation). Holds at most
/// <c>capacity</c> people, forgetting the longest-held first. One bot process per database file is the design
/// (as for the rate limit and the duplicate filter); a second writer to the same file would make this cache stale.
/// </summary>
public sealed class CachedConversationStateStore(IConversationStateStore store, int capacity) : IConversationStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<ConversationKey, ConversationState?> states = [];
    private readonly Queue<ConversationKey> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return states.Count;
            }
        }
    }

    public async Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (states.TryGetValue(key, out var held))
            {
                return held;
            }
        }

        var loaded = await store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        Remember(key, loaded);
        return loaded;
    }

    public async Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await store.SaveAsync(key, state, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Whether the row changed is unknown: the next load asks the store.
            Forget(key);
            throw;
        }

        Remember(key, state);
    }

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Forget(key);
        }
    }

    private void Remember(ConversationKey key, ConversationState? state)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (gate)
        {
            if (!states.ContainsKey(key))
            {
                // A key forgotten and held again stands twice in the order: the bound on the order keeps that finite.
                while ((states.Count >= capacity || order.Count >= 2 * capacity) && order.TryDequeue(out var oldest))
                {
                    states.Remove(oldest);
                }

                order.Enqueue(key);
            }

            states[key] = state;
        }
    }

    private void Forget(ConversationKey key)
    {
        lock (gate)
        {
            // Its place in the order stays; dequeuing a key no longer held is harmless.
            states.Remove(key);
        }
    }
}
