namespace ChatOpsAdvisor.LoadBench;

/// <summary>One RSS reading of the soak: when, after how many turns.</summary>
internal readonly record struct SoakSample(TimeSpan At, long Turns, ResidentMemory Memory);

/// <summary>
/// The soak's readings and run. Growth is the least-squares slope of RSS over time in MB per minute, over all
/// readings and over the second half (after caches and the GC have settled); "no growth" means a second-half slope
/// under 1 MB/min — 5 MB over a five-minute soak, within the GC's saw-tooth.
/// </summary>
internal sealed record SoakFigures(IReadOnlyList<SoakSample> Samples, LoadRun Run)
{
    private const double FlatMegabytesPerMinute = 1.0;

    public double FirstMegabytes => Samples[0].Memory.Megabytes;

    public double LastMegabytes => Samples[^1].Memory.Megabytes;

    public double MaxMegabytes => Samples.Max(s => s.Memory.Megabytes);

    public double SlopeMegabytesPerMinute => Slope(Samples);

    public double SecondHalfSlopeMegabytesPerMinute => Slope([.. Samples.Skip(Samples.Count / 2)]);

    public bool Grows => SecondHalfSlopeMegabytesPerMinute >= FlatMegabytesPerMinute;

    private static double Slope(IReadOnlyList<SoakSample> samples)
    {
        if (samples.Count < 2)
        {
            return 0;
        }

        var x = samples.Select(s => s.At.TotalMinutes).ToArray();
        var y = samples.Select(s => s.Memory.Megabytes).ToArray();
        var (mx, my) = (x.Average(), y.Average());
        var covariance = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        var variance = x.Sum(v => (v - mx) * (v - mx));
        return variance == 0 ? 0 : covariance / variance;
    }
}
