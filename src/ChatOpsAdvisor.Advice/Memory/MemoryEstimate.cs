using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>A detailed memory estimate of one model for one workload on given hardware.</summary>
public sealed record MemoryEstimate(
    CatalogModel Model,
    EstimateRequest Request,
    Hardware Hardware,
    MemoryBreakdown Total,
    MemoryBreakdown PerGpu,
    double KvBytesPerToken,
    double AdapterParametersBillions,
    bool KvCacheIsUpperBound,
    bool KvCacheUnknown,
    bool ParametersOnly)
{
    /// <summary>What the estimate assumed, in words (built on demand: ranking thousands of models never needs it).</summary>
    public IReadOnlyList<string> Assumptions => MemoryAssumptions.Describe(this);

    public double HeadroomGb => Hardware.MemoryPerGpuGb - PerGpu.TotalGb;

    public bool Fits => HeadroomGb >= 0;

    public FitLevel Fit => !Fits ? FitLevel.DoesNotFit
        : Hardware.MemoryPerGpuGb >= 1.2 * PerGpu.TotalGb ? FitLevel.Good
        : FitLevel.Tight;

    /// <summary>The share of one GPU's memory used (1.0 = full), for the budget bar.</summary>
    public double UsedShare => PerGpu.TotalGb / Hardware.MemoryPerGpuGb;
}
