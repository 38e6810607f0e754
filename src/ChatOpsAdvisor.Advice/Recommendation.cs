using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Pitfalls;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice;

/// <summary>The answer to an advice request: the quick rule, ranked candidates, ties and pitfalls.</summary>
public sealed record Recommendation(
    AdviceRequest Request,
    UseCase UseCase,
    QuickRule QuickRule,
    IReadOnlyList<Candidate> Candidates,
    int FittingCount,
    IReadOnlyList<TierCount> Tiers,
    IReadOnlyList<Exclusion> Excluded,
    IReadOnlyList<TieStatement> Ties,
    IReadOnlyList<Pitfall> Pitfalls,
    string CatalogVersion);

/// <summary>How many catalog models of a size tier fit the hardware and workload.</summary>
public sealed record TierCount(SizeTier Tier, int Fitting, int Total);
