namespace ChatOpsAdvisor.Validation;

/// <summary>Nearest-rank percentiles of request latency (no interpolation: every figure was observed).</summary>
public readonly record struct LatencyPercentiles(TimeSpan P50, TimeSpan P95)
{
    public static LatencyPercentiles? Of(IEnumerable<TimeSpan> latencies)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0 ? null : new LatencyPercentiles(Rank(sorted, 0.50), Rank(sorted, 0.95));
    }

    private static TimeSpan Rank(TimeSpan[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
