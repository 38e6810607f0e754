using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>The GPUs a model must fit on: memory per GPU (decimal GB), how many, and the GPU when known.</summary>
public sealed record Hardware(double MemoryPerGpuGb, int GpuCount = 1, Gpu? Gpu = null)
{
    public const double MaxMemoryPerGpuGb = 4096;
    public const int MaxGpuCount = 1024;

    public double TotalMemoryGb => MemoryPerGpuGb * GpuCount;

    public double? BandwidthPerGpuGbPerSecond => Gpu?.BandwidthGbPerSecond;

    /// <summary>Hardware from a known GPU; memoryGb overrides (or supplies) the GPU's memory.</summary>
    public static Hardware Of(Gpu gpu, int count = 1, double? memoryGb = null)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        var memory = memoryGb ?? gpu.MemoryGb ?? throw new ArgumentException($"{gpu.Name} comes in several memory sizes: say how much memory it has", nameof(memoryGb));
        return new Hardware(memory, count, gpu);
    }

    public string Describe() => Gpu is null
        ? (GpuCount == 1 ? $"{MemoryPerGpuGb:0.#} GB GPU" : $"{GpuCount} × {MemoryPerGpuGb:0.#} GB GPUs")
        : (GpuCount == 1 ? $"{Gpu.Name} ({MemoryPerGpuGb:0.#} GB)" : $"{GpuCount} × {Gpu.Name} ({MemoryPerGpuGb:0.#} GB each)");
}
