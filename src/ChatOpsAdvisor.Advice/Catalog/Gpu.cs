namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>
/// An accelerator: memory (decimal GB) and, where sourced, its memory bandwidth. Memory is absent for
/// unified-memory chips sold in several sizes without a sourced figure: the user states it.
/// </summary>
public sealed record Gpu(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    double? MemoryGb,
    double? BandwidthGbPerSecond,
    bool UnifiedMemory,
    string Source);
