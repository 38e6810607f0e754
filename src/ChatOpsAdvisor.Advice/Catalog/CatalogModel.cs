namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>One open-weight model with its sourced facts. Absent facts are null, never guessed.</summary>
public sealed record CatalogModel(
    string Id,
    string DisplayName,
    string Family,
    double ParametersBillions,
    string ParametersSource,
    double? ActiveParametersBillions,
    MixtureOfExperts? Experts,
    int? ContextLength,
    ModelArchitecture? Architecture,
    License License,
    IReadOnlyList<BenchmarkScore> Scores,
    ArenaRating? Arena,
    ModelFlags Flags,
    IReadOnlyList<string> Notes)
{
    public bool IsMixtureOfExperts => Experts is not null;

    /// <summary>Parameters read per generated token: the active experts for MoE when sourced, else all.</summary>
    public double ParametersReadPerTokenBillions => ActiveParametersBillions ?? ParametersBillions;
}

public sealed record MixtureOfExperts(int Total, int ActivePerToken, string Source);

public sealed record ModelFlags(bool Flagged, bool Merged, IReadOnlyList<string> EvaluationAnomalies)
{
    public static readonly ModelFlags None = new(false, false, []);
}
