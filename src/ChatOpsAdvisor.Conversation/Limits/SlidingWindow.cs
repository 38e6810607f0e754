namespace ChatOpsAdvisor.Conversation.Limits;

/// <summary>
/// The times of the last N admitted turns of one person or conversation, in a ring: the window is full when
/// the oldest of the N is still younger than the window. Not thread-safe: callers lock it.
/// </summary>
internal sealed class SlidingWindow(int capacity)
{
    private readonly long[] times = new long[capacity];
    private int next;
    private int count;

    /// <summary>Set after a refusal has been answered; cleared by the next admitted turn.</summary>
    public bool Warned { get; set; }

    public long LastTicks { get; private set; } = long.MinValue;

    /// <summary>Zero when another turn fits now; otherwise how long until the oldest counted turn leaves the window.</summary>
    public TimeSpan WaitFor(long nowTicks, TimeSpan window)
    {
        if (count < times.Length)
        {
            return TimeSpan.Zero;
        }

        var leaves = times[next] + window.Ticks;
        return leaves <= nowTicks ? TimeSpan.Zero : TimeSpan.FromTicks(leaves - nowTicks);
    }

    public void Add(long nowTicks)
    {
        times[next] = nowTicks;
        next = (next + 1) % times.Length;
        count = Math.Min(count + 1, times.Length);
        LastTicks = nowTicks;
        Warned = false;
    }
}
