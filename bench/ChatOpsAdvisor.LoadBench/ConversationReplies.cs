namespace ChatOpsAdvisor.LoadBench;

/// <summary>One conversation's replies so far: how many, the latest card and the id it was posted under.</summary>
internal sealed class ConversationReplies
{
    private readonly Lock gate = new();
    private (int Count, ReplyCard Card, string Id) latest = (0, ReplyCard.None, "");

    public int Count
    {
        get
        {
            lock (gate)
            {
                return latest.Count;
            }
        }
    }

    public (ReplyCard Card, string Id) Latest
    {
        get
        {
            lock (gate)
            {
                return (latest.Card, latest.Id);
            }
        }
    }

    public void Add(ReplyCard card, string id)
    {
        lock (gate)
        {
            latest = (latest.Count + 1, card, id);
        }
    }
}
