using System.Diagnostics;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>When a load run stops starting conversations: after a time, or once a number of turns is done.</summary>
internal sealed class LoadBudget
{
    private readonly long deadline;
    private readonly long maxTurns;

    private LoadBudget(TimeSpan duration, long maxTurns)
    {
        deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        this.maxTurns = maxTurns;
    }

    public static LoadBudget For(TimeSpan duration) => new(duration, long.MaxValue);

    public static LoadBudget ForTurns(long turns) => new(TimeSpan.FromHours(1), turns);

    public bool IsOpen(long turnsDone) => turnsDone < maxTurns && Stopwatch.GetTimestamp() < deadline;
}
