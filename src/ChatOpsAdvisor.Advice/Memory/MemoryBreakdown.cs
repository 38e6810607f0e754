namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>Where the memory goes, in decimal GB.</summary>
public sealed record MemoryBreakdown(
    double WeightsGb,
    double KvCacheGb,
    double OptimizerAndGradientsGb,
    double ActivationsGb,
    double OverheadGb)
{
    public double TotalGb => WeightsGb + KvCacheGb + OptimizerAndGradientsGb + ActivationsGb + OverheadGb;
}

/// <summary>How well an estimate fits (llmfit's levels: good when available ≥ 1.2 × required).</summary>
public enum FitLevel
{
    DoesNotFit,
    Tight,
    Good,
}
