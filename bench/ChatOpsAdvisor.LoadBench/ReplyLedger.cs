using System.Collections.Concurrent;
using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The replies one target posted to the sink: totals, and per conversation the count and the latest card, which
/// the load generator reads to take the next step and removes when the conversation ends.
/// </summary>
internal sealed class ReplyLedger
{
    private readonly ConcurrentDictionary<string, ConversationReplies> conversations = new(StringComparer.Ordinal);
    private long replies;
    private long slowDowns;
    private long nextId;

    public long Replies => Interlocked.Read(ref replies);

    public long SlowDowns => Interlocked.Read(ref slowDowns);

    /// <summary>Records one reply; the id the connector gives the posted activity.</summary>
    public string Received(string conversationId, ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Interlocked.Increment(ref replies);
        if (card.SlowDown)
        {
            Interlocked.Increment(ref slowDowns);
        }

        var id = "m" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        conversations.GetOrAdd(conversationId, _ => new ConversationReplies()).Add(card, id);
        return id;
    }

    /// <summary>The latest reply of a conversation, or null when it has none.</summary>
    public ConversationReplies? Of(string conversationId) => conversations.GetValueOrDefault(conversationId);

    /// <summary>Forgets a finished conversation; how many replies it received.</summary>
    public int Finish(string conversationId) => conversations.TryRemove(conversationId, out var c) ? c.Count : 0;
}
