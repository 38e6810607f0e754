using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>The GPUs a model must fit on: memory per GPU (decimal GB), how many, and the GPU when known.</summary>
public sealed record Hardware(double MemoryPerGpuGb, int GpuCount = 1, Gpu? Gpu = null)
{
    public const double MaxMemoryPerGpuGb = 4096;
    public const int MaxGpuCount = 1024;

    public double TotalMemoryGb => MemoryPerGpuGb * GpuCount;

    public double? BandwidthPerGpuGbPerSecond => Gpu?.BandwidthGbPerSecond;

    public static Hardware Of(Gpu gpu, int count = 1) => new(gpu.MemoryGb, count, gpu);

    public string Describe() => Gpu is null
        ? (GpuCount == 1 ? $"{MemoryPerGpuGb:0.#} GB GPU" : $"{GpuCount} × {MemoryPerGpuGb:0.#} GB GPUs")
        : (GpuCount == 1 ? $"{Gpu.Name} ({MemoryPerGpuGb:0.#} GB)" : $"{GpuCount} × {Gpu.Name} ({MemoryPerGpuGb:0.#} GB each)");
}
