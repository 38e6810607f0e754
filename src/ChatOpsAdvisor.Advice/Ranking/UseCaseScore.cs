using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// How strong a model is at a use case: the weighted mean of the evidence found, its 95% band, and
/// how much of the use case's weight had evidence at all. Missing evidence is listed, never scored
/// as zero or as average.
/// </summary>
public sealed record UseCaseScore(
    double? Value,
    double? HalfWidth,
    double Coverage,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<UseCaseBenchmark> Missing)
{
    /// <summary>Below this share of the use case's weight, a model is ranked after every better-evidenced one.</summary>
    public const double MinimumCoverage = 0.34;

    public EvidenceConfidence Confidence => Coverage switch
    {
        >= 0.75 => EvidenceConfidence.High,
        >= MinimumCoverage => EvidenceConfidence.Medium,
        > 0 => EvidenceConfidence.Low,
        _ => EvidenceConfidence.None,
    };

    public bool HasEnoughEvidence => Coverage >= MinimumCoverage;

    /// <summary>Two scores are a statistical tie when their gap is within the combined 95% band.</summary>
    public bool TiedWith(UseCaseScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Value is not { } a || other.Value is not { } b || HalfWidth is not { } ha || other.HalfWidth is not { } hb)
        {
            return false;
        }

        return Math.Abs(a - b) <= NoiseBand.CombinedHalfWidth(ha, hb);
    }
}

public enum EvidenceConfidence
{
    None,
    Low,
    Medium,
    High,
}

public static class UseCaseScorer
{
    public static UseCaseScore Score(CatalogModel model, UseCase useCase, ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(useCase);
        var evidence = new List<Evidence>(useCase.Benchmarks.Count);
        List<UseCaseBenchmark>? missing = null;
        double weighted = 0, weights = 0, variance = 0;
        var bandKnown = true;
        foreach (var weighting in useCase.Benchmarks)
        {
            var e = EvidenceSelector.Select(model, weighting, catalog);
            if (e is null)
            {
                (missing ??= []).Add(weighting);
                continue;
            }

            evidence.Add(e);
            weighted += weighting.Weight * e.Comparable;
            weights += weighting.Weight;
            if (e.ComparableHalfWidth is { } h)
            {
                variance += weighting.Weight * weighting.Weight * h * h;
            }
            else
            {
                bandKnown = false;
            }
        }

        if (weights == 0)
        {
            return new UseCaseScore(null, null, 0, evidence, missing ?? []);
        }

        // Independent errors: the weighted mean's half-width is √(Σ wᵢ²hᵢ²) ÷ Σ wᵢ.
        double? halfWidth = bandKnown ? Math.Sqrt(variance) / weights : null;
        return new UseCaseScore(weighted / weights, halfWidth, weights / useCase.TotalWeight, evidence, (IReadOnlyList<UseCaseBenchmark>?)missing ?? []);
    }
}
