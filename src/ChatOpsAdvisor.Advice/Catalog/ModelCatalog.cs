namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>The loaded, validated catalog with its lookups. Immutable: a reload builds a new one.</summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, CatalogModel> modelsById;
    private readonly Dictionary<string, Benchmark> benchmarksById;
    private readonly Dictionary<string, UseCase> useCasesById;
    private readonly Dictionary<string, CatalogSource> sourcesByKey;

    public ModelCatalog(
        string version,
        IReadOnlyList<CatalogModel> models,
        IReadOnlyList<Benchmark> benchmarks,
        IReadOnlyList<UseCase> useCases,
        IReadOnlyList<Gpu> gpus,
        IReadOnlyList<CatalogSource> sources)
    {
        Version = version;
        Models = models;
        Benchmarks = benchmarks;
        UseCases = useCases;
        Gpus = gpus;
        Sources = sources;
        modelsById = models.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        benchmarksById = benchmarks.ToDictionary(b => b.Id, StringComparer.OrdinalIgnoreCase);
        useCasesById = useCases.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        sourcesByKey = sources.ToDictionary(s => s.Key, StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<CatalogModel> Models { get; }

    public IReadOnlyList<Benchmark> Benchmarks { get; }

    public IReadOnlyList<UseCase> UseCases { get; }

    public IReadOnlyList<Gpu> Gpus { get; }

    public IReadOnlyList<CatalogSource> Sources { get; }

    public Benchmark Benchmark(string id) => benchmarksById[id];

    public bool TryGetBenchmark(string id, out Benchmark benchmark) => benchmarksById.TryGetValue(id, out benchmark!);

    public CatalogSource? Source(string key) => sourcesByKey.GetValueOrDefault(key);

    public UseCase? UseCase(string id) => useCasesById.GetValueOrDefault(id);

    /// <summary>A model by its id, or by its name without the organisation, or by display name.</summary>
    public CatalogModel? FindModel(string query)
    {
        var q = query.Trim();
        if (modelsById.TryGetValue(q, out var exact))
        {
            return exact;
        }

        var key = NameMatcher.Normalize(q);
        return Models.FirstOrDefault(m => NameMatcher.Normalize(m.Id) == key
            || NameMatcher.Normalize(ShortName(m.Id)) == key
            || NameMatcher.Normalize(m.DisplayName) == key);
    }

    /// <summary>A GPU by id, name or alias ("4090", "RTX 4090", "a100 80gb").</summary>
    public Gpu? FindGpu(string query)
    {
        var key = NameMatcher.Normalize(query);
        if (key.Length == 0)
        {
            return null;
        }

        return Gpus.FirstOrDefault(g => NameMatcher.Normalize(g.Id) == key
            || NameMatcher.Normalize(g.Name) == key
            || g.Aliases.Any(a => NameMatcher.Normalize(a) == key));
    }

    /// <summary>A use case by id, name (either language) or alias.</summary>
    public UseCase? FindUseCase(string query)
    {
        var key = NameMatcher.Normalize(query);
        if (key.Length == 0)
        {
            return null;
        }

        return UseCases.FirstOrDefault(u => NameMatcher.Normalize(u.Id) == key
            || NameMatcher.Normalize(u.Name.En) == key
            || NameMatcher.Normalize(u.Name.Ja) == key
            || u.Aliases.Any(a => NameMatcher.Normalize(a) == key));
    }

    public IReadOnlyList<string> SuggestModels(string query, int count = 3) =>
        NameMatcher.Nearest(query, Models.Select(m => m.Id), count, ShortName);

    public IReadOnlyList<string> SuggestGpus(string query, int count = 3) =>
        NameMatcher.Nearest(query, Gpus, count, g => [g.Id, g.Name, .. g.Aliases], g => g.Name);

    public IReadOnlyList<string> SuggestUseCases(string query, int count = 3) =>
        NameMatcher.Nearest(query, UseCases, count, u => [u.Id, u.Name.En, u.Name.Ja, .. u.Aliases], u => u.Id);

    public static string ShortName(string modelId)
    {
        var slash = modelId.LastIndexOf('/');
        return slash >= 0 ? modelId[(slash + 1)..] : modelId;
    }
}
