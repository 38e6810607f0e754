namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>
/// Decode is memory-bandwidth bound: tokens/s ≈ efficiency × bandwidth ÷ bytes read per token
/// (the weights read per token plus the KV cache). Efficiency 0.55 is llmfit's default for kernel
/// overhead and memory-controller effects (domain.md §c); measured setups reach 0.86.
/// </summary>
public static class DecodeSpeed
{
    public const double Efficiency = 0.55;

    /// <summary>Estimated tokens per second for one sequence, or null when the bandwidth is unknown.</summary>
    public static double? TokensPerSecond(MemoryEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.Hardware.BandwidthPerGpuGbPerSecond is not { } bandwidth)
        {
            return null;
        }

        var model = estimate.Model;
        var precision = estimate.Request.Workload == Workload.Inference ? estimate.Request.Precision : estimate.Request.BaseWeights;
        var weightBytes = model.ParametersReadPerTokenBillions * 1e9 * precision.BytesPerParameter;
        var kvBytes = estimate.Request.Workload == Workload.Inference ? estimate.Total.KvCacheGb * 1e9 / estimate.Request.Batch : 0;
        var aggregateBandwidth = bandwidth * 1e9 * estimate.Hardware.GpuCount;
        return Efficiency * aggregateBandwidth / (weightBytes + kvBytes);
    }
}
