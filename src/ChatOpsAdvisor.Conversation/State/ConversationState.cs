namespace ChatOpsAdvisor.Conversation.State;

/// <summary>
/// Where one person is in the three-step method, and what they have said so far. Persisted after
/// every turn, so a restart loses nothing. <see cref="Version"/> grows with every change of step:
/// a card carries the version it was made for, so a click on an old card is recognised.
/// </summary>
public sealed record ConversationState(
    string Step,
    int Version,
    string Language,
    double? GpuMemoryGb = null,
    int GpuCount = 1,
    string? GpuId = null,
    string Workload = "inference",
    string? Precision = null,
    int? ContextTokens = null,
    string? UseCaseId = null,
    bool CommercialUseRequired = false,
    IReadOnlyList<string>? ShownCandidates = null,
    IReadOnlyList<string>? Picked = null,
    int? SupersedesDecision = null)
{
    public static ConversationState New(string language) => new(Steps.Infrastructure, 1, language);

    public IReadOnlyList<string> Shown => ShownCandidates ?? [];

    public IReadOnlyList<string> PickedModels => Picked ?? [];

    public bool HasHardware => GpuMemoryGb is not null || GpuId is not null;
}

/// <summary>The method's steps (stable strings: they are stored).</summary>
public static class Steps
{
    public const string Infrastructure = "infrastructure";
    public const string Benchmarks = "benchmarks";
    public const string Validation = "validation";
}
