namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>A job people want a model for, and the benchmarks that measure it, with why.</summary>
public sealed record UseCase(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> Aliases,
    int MinContextTokens,
    double? MaxParametersBillions,
    IReadOnlyList<UseCaseBenchmark> Benchmarks)
{
    public double TotalWeight => Benchmarks.Sum(b => b.Weight);
}

public sealed record UseCaseBenchmark(string Benchmark, double Weight, LocalizedText Why);

/// <summary>A text in English and Japanese, the two languages the bot speaks.</summary>
public sealed record LocalizedText(string En, string Ja)
{
    public string For(string language) => language == "ja" ? Ja : En;
}
