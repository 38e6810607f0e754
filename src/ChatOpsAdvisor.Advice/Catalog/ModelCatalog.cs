namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>The loaded, validated catalog with its lookups. Immutable: a reload builds a new one.</summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, CatalogModel> modelsById;
    private readonly Dictionary<string, Benchmark> benchmarksById;
    private readonly Dictionary<string, UseCase> useCasesById;
    private readonly Dictionary<string, CatalogSource> sourcesByKey;

    // Normalized names (NameMatcher.Normalize) of each model, GPU and use case, made once: the lookups run
    // on most turns and normalizing every name on each of them was a string per name per lookup.
    private readonly Dictionary<string, CatalogModel> modelsByName;
    private readonly Dictionary<string, Gpu> gpusByName;
    private readonly Dictionary<string, UseCase> useCasesByName;

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
        modelsByName = ByName(models, m => [m.Id, ShortName(m.Id), m.DisplayName]);
        gpusByName = ByName(gpus, g => [g.Id, g.Name, .. g.Aliases]);
        useCasesByName = ByName(useCases, u => [u.Id, u.Name.En, u.Name.Ja, .. u.Aliases]);
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

        return modelsByName.GetValueOrDefault(NameMatcher.Normalize(q));
    }

    /// <summary>A GPU by id, name or alias ("4090", "RTX 4090", "a100 80gb").</summary>
    public Gpu? FindGpu(string query)
    {
        var key = NameMatcher.Normalize(query);
        if (key.Length == 0)
        {
            return null;
        }

        return gpusByName.GetValueOrDefault(key);
    }

    /// <summary>A use case by id, name (either language) or alias.</summary>
    public UseCase? FindUseCase(string query)
    {
        var key = NameMatcher.Normalize(query);
        if (key.Length == 0)
        {
            return null;
        }

        return useCasesByName.GetValueOrDefault(key);
    }

    public IReadOnlyList<string> SuggestModels(string query, int count = 3) =>
        NameMatcher.Nearest(query, Models.Select(m => m.Id), count, ShortName);

    public IReadOnlyList<string> SuggestGpus(string query, int count = 3) =>
        NameMatcher.Nearest(query, Gpus, count, g => [g.Id, g.Name, .. g.Aliases], g => g.Name);

    public IReadOnlyList<string> SuggestUseCases(string query, int count = 3) =>
        NameMatcher.Nearest(query, UseCases, count, u => [u.Id, u.Name.En, u.Name.Ja, .. u.Aliases], u => u.Id);

    /// <summary>Each item under the normalized form of each of its names; a name two items share stays with the first in catalog order, as a search in order would find it.</summary>
    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string[]> names)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                byName.TryAdd(NameMatcher.Normalize(name), item);
            }
        }

        return byName;
    }

    public static string ShortName(string modelId)
    {
        var slash = modelId.LastIndexOf('/');
        return slash >= 0 ? modelId[(slash + 1)..] : modelId;
    }
}
