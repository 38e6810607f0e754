using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// Every catalog model's score for one use case, computed once per catalog: scores depend on the
/// model and the use case only, never on the hardware, so each request reuses them. Also holds
/// the static-benchmark and Arena percentiles the contamination rule compares.
/// </summary>
public sealed class UseCaseScoreTable
{
    private readonly Dictionary<string, int> indexById;
    private readonly Dictionary<string, (int Static, int Arena)> percentiles;

    public UseCaseScoreTable(ModelCatalog catalog, UseCase useCase)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(useCase);
        UseCase = useCase;
        Scores = catalog.Models.Select(m => UseCaseScorer.Score(m, useCase, catalog)).ToArray();
        indexById = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < catalog.Models.Count; i++)
        {
            indexById[catalog.Models[i].Id] = i;
        }

        percentiles = StaticAndArenaPercentiles(catalog, useCase);
    }

    public UseCase UseCase { get; }

    /// <summary>Scores in catalog order.</summary>
    public IReadOnlyList<UseCaseScore> Scores { get; }

    public UseCaseScore? For(string modelId) => indexById.TryGetValue(modelId, out var i) ? Scores[i] : null;

    /// <summary>Percentile of the model among catalog models that have both static evidence and an Arena rating.</summary>
    public (int Static, int Arena)? Percentiles(string modelId) => percentiles.TryGetValue(modelId, out var p) ? p : null;

    private static Dictionary<string, (int, int)> StaticAndArenaPercentiles(ModelCatalog catalog, UseCase useCase)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var staticOnly = useCase with { Benchmarks = useCase.Benchmarks.Where(b => !catalog.Benchmark(b.Benchmark).IsPreference).ToList() };
        if (staticOnly.Benchmarks.Count == 0)
        {
            return result;
        }

        var population = catalog.Models
            .Where(m => m.Arena is not null)
            .Select(m => (m.Id, Static: UseCaseScorer.Score(m, staticOnly, catalog).Value, Arena: m.Arena!.Score))
            .Where(x => x.Static is not null)
            .ToList();
        if (population.Count < 5)
        {
            return result;
        }

        var statics = population.Select(p => p.Static!.Value).Order().ToArray();
        var arenas = population.Select(p => p.Arena).Order().ToArray();
        foreach (var p in population)
        {
            result[p.Id] = (Percentile(statics, p.Static!.Value), Percentile(arenas, p.Arena));
        }

        return result;
    }

    /// <summary>The share of the others that score strictly lower, in percent.</summary>
    private static int Percentile(double[] sorted, double value)
    {
        var below = Array.BinarySearch(sorted, value);
        if (below < 0)
        {
            below = ~below;
        }
        else
        {
            while (below > 0 && sorted[below - 1] == value)
            {
                below--;
            }
        }

        return (int)Math.Round(100.0 * below / Math.Max(1, sorted.Length - 1));
    }
}
