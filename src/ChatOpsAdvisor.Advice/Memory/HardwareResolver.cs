using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>Turns what a user says about their GPUs (a name, a memory size, a count) into <see cref="Hardware"/>.</summary>
public static class HardwareResolver
{
    public static Hardware Resolve(ModelCatalog catalog, string? gpuName, double? memoryGb, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (count is < 1 or > Hardware.MaxGpuCount)
        {
            throw new AdviceInputException($"the number of GPUs must be between 1 and {Hardware.MaxGpuCount} (was {count})");
        }

        if (memoryGb is { } m && (m <= 0 || m > Hardware.MaxMemoryPerGpuGb || !double.IsFinite(m)))
        {
            throw new AdviceInputException($"GPU memory must be more than 0 and at most {Hardware.MaxMemoryPerGpuGb} GB per GPU (was {m})");
        }

        if (string.IsNullOrWhiteSpace(gpuName))
        {
            return memoryGb is { } gb
                ? new Hardware(gb, count)
                : throw new AdviceInputException("say how much GPU memory you have (for example 24 GB) or which GPU (for example RTX 4090)");
        }

        var gpu = catalog.FindGpu(gpuName)
            ?? throw new AdviceInputException($"unknown GPU \"{gpuName}\"", catalog.SuggestGpus(gpuName));
        if (gpu.MemoryGb is null && memoryGb is null)
        {
            throw new AdviceInputException($"{gpu.Name} comes in several memory sizes: say how much memory it has (for example {gpu.Name}, 32 GB)");
        }

        return Hardware.Of(gpu, count, memoryGb);
    }
}
