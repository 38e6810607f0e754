namespace ChatOpsAdvisor.LoadBench;

/// <summary>The bot's resident memory: a new process, ready (before any turn), then after N turns of the mix from C connections.</summary>
internal static class MemoryProbe
{
    public static async Task<MemoryFigures> AfterTurnsAsync(BenchSession session, int turns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var running = await session.StartAsync(Target.Advisor, cancellationToken);
        var ready = ResidentMemory.Of(running.Process.Id);
        var run = await running.Load.RunAsync(session.Options.Connections, LoadBudget.ForTurns(turns), strict: false, running.Process, cancellationToken);
        return new MemoryFigures(ready, ResidentMemory.Of(running.Process.Id), run);
    }
}

/// <summary>RSS when ready and after the run (with its peak), and the run itself (turns, errors).</summary>
internal sealed record MemoryFigures(ResidentMemory Ready, ResidentMemory After, LoadRun Run);
