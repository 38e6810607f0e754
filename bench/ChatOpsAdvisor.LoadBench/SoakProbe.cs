using System.Diagnostics;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>The soak: a new bot under the same steady load (C connections, the mix) for the whole time, its RSS read every 10 s.</summary>
internal static class SoakProbe
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public static async Task<SoakFigures> RunAsync(BenchSession session, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var running = await session.StartAsync(Target.Advisor, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var samples = new List<SoakSample>();
        void Sample() => samples.Add(new SoakSample(Stopwatch.GetElapsedTime(started), running.Load.CompletedTurns, ResidentMemory.Of(running.Process.Id)));

        var load = running.Load.RunAsync(session.Options.Connections, LoadBudget.For(duration), strict: false, running.Process, cancellationToken);
        using var timer = new PeriodicTimer(Interval);
        while (await Task.WhenAny(load, timer.WaitForNextTickAsync(cancellationToken).AsTask()) != load)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sample();
            Console.WriteLine($"  soak {samples[^1].At.TotalSeconds:0} s: {samples[^1].Turns} turns, RSS {samples[^1].Memory.Megabytes:0.0} MB");
        }

        var run = await load;
        Sample();
        return new SoakFigures(samples, run);
    }
}
