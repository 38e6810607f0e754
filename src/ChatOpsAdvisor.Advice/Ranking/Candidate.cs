using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>A model that fits, with its memory use, speed and use-case evidence.</summary>
public sealed record Candidate(
    int Rank,
    CatalogModel Model,
    MemoryEstimate Memory,
    double? TokensPerSecond,
    UseCaseScore Score,
    IReadOnlyList<string> TiedWith)
{
    public SizeTier Tier => SizeTier.For(Model.ParametersBillions, Model.IsMixtureOfExperts);
}

/// <summary>A model left out, and why.</summary>
public sealed record Exclusion(CatalogModel Model, string Reason);

public static class ExclusionReasons
{
    public const string DoesNotFit = "does-not-fit";
    public const string Licence = "licence";
    public const string ContextTooShort = "context-too-short";
    public const string TooLargeForUseCase = "too-large-for-use-case";
}
