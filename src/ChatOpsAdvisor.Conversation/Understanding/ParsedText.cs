namespace ChatOpsAdvisor.Conversation.Understanding;

/// <summary>What free text said about the method's inputs; null where it said nothing.</summary>
public sealed record ParsedText(
    double? GpuMemoryGb,
    int? GpuCount,
    string? GpuId,
    string? Workload,
    int? ContextTokens,
    string? Precision,
    string? UseCaseId,
    bool? CommercialUse)
{
    public bool HasHardware => GpuMemoryGb is not null || GpuId is not null;

    public bool HasAnything => HasHardware || GpuCount is not null || Workload is not null || ContextTokens is not null
        || Precision is not null || UseCaseId is not null || CommercialUse is not null;
}
