namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>A citation every sourced figure points to.</summary>
public sealed record CatalogSource(string Key, string Title, string Citation, string? Url, string Kind);

public static class SourceKinds
{
    public const string Leaderboard = "leaderboard";
    public const string IndependentHarness = "independent-harness";
    public const string Vendor = "vendor";
    public const string Config = "config";
    public const string Licence = "licence";
    public const string Other = "other";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Leaderboard, IndependentHarness, Vendor, Config, Licence, Other,
    };
}
