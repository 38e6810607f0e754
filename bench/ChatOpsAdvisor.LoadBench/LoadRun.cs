namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// One timed load run against one target: turns (HTTP 2xx answers), their latencies (sorted, every one kept),
/// also by step of the mix, what went wrong, the replies that reached the sink, and who used the CPU meanwhile.
/// Runs of several rounds combine into one, which keeps its rounds.
/// </summary>
internal sealed record LoadRun(
    Target Target,
    TimeSpan Elapsed,
    double[] Latencies,
    IReadOnlyList<double[]> LatenciesByStep,
    long Conversations,
    long Errors,
    long Unexpected,
    long MissingReplies,
    long Replies,
    long SlowDowns,
    CpuUse Cpu,
    IReadOnlyList<LoadRun>? Parts = null)
{
    /// <summary>The rounds this run combines (itself when it is a single run).</summary>
    public IReadOnlyList<LoadRun> Rounds => Parts ?? [this];

    public long Turns => Latencies.Length;

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double RepliesPerTurn => Turns == 0 ? 0 : (double)Replies / Turns;

    /// <summary>The target's own CPU time per turn, in microseconds.</summary>
    public double CpuMicrosecondsPerTurn => Turns == 0 ? 0 : Cpu.TargetTime.TotalMicroseconds / Turns;

    public double Percentile(double p) => Percentile(Latencies, p);

    public double Percentile(MixStep step, double p) => Percentile(LatenciesByStep[(int)step], p);

    /// <summary>The rounds of one target as one run: turns and time added up, latencies merged, CPU use weighted by time.</summary>
    public static LoadRun Combine(IReadOnlyList<LoadRun> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        if (rounds.Count == 1)
        {
            return rounds[0];
        }

        double[] Merged(Func<LoadRun, double[]> values)
        {
            var merged = rounds.SelectMany(values).ToArray();
            Array.Sort(merged);
            return merged;
        }

        var seconds = rounds.Sum(r => r.Elapsed.TotalSeconds);
        double Weighted(Func<CpuUse, double> cores) => rounds.Sum(r => cores(r.Cpu) * r.Elapsed.TotalSeconds) / seconds;
        return new LoadRun(
            rounds[0].Target,
            TimeSpan.FromSeconds(seconds),
            Merged(r => r.Latencies),
            [.. Enumerable.Range(0, rounds[0].LatenciesByStep.Count).Select(step => Merged(r => r.LatenciesByStep[step]))],
            rounds.Sum(r => r.Conversations),
            rounds.Sum(r => r.Errors),
            rounds.Sum(r => r.Unexpected),
            rounds.Sum(r => r.MissingReplies),
            rounds.Sum(r => r.Replies),
            rounds.Sum(r => r.SlowDowns),
            new CpuUse(Weighted(c => c.TargetCores), Weighted(c => c.BenchmarkCores), Weighted(c => c.OtherCores), TimeSpan.FromTicks(rounds.Sum(r => r.Cpu.TargetTime.Ticks)), rounds.Average(r => r.Cpu.LoadAverage)),
            rounds);
    }

    /// <summary>Nearest rank of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
