namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>What a benchmark measures and the facts its noise band needs.</summary>
public sealed record Benchmark(
    string Id,
    string Name,
    string Kind,
    string Measures,
    int? Items,
    double Chance,
    string? Contamination,
    double? AnchorRating,
    string Source)
{
    public bool IsPreference => Kind == BenchmarkKinds.Preference;
}

public static class BenchmarkKinds
{
    public const string Accuracy = "accuracy";
    public const string Preference = "preference";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Accuracy, Preference };
}
