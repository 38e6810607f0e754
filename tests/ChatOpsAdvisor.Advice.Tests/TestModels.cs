using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Advice.Tests;

/// <summary>The real catalog, loaded once, and small hand-made models for rule tests.</summary>
public static class TestModels
{
    private static readonly Lazy<ModelCatalog> RealCatalog = new(() => CatalogLoader.Load(RepoPaths.Catalog));

    public static ModelCatalog Catalog => RealCatalog.Value;

    public static readonly License Apache = new("apache-2.0", "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0", CommercialUseKinds.Yes, [], "test");

    public static CatalogModel Model(string id) => Catalog.FindModel(id) ?? throw new InvalidOperationException(id + " not in catalog");

    /// <summary>A dense model with the given architecture (layers, hidden, heads, KV heads, head_dim).</summary>
    public static CatalogModel Dense(
        string id,
        double billions,
        int layers,
        int hidden,
        int heads,
        int kvHeads,
        int headDim,
        int? context = 131072,
        License? license = null,
        IReadOnlyList<BenchmarkScore>? scores = null,
        ArenaRating? arena = null,
        ModelFlags? flags = null) =>
        new(id, id, "test", billions, "test", null, null, context,
            new ModelArchitecture(layers, hidden, heads, kvHeads, headDim, false, AttentionKinds.Full, null, "test"),
            license ?? Apache, scores ?? [], arena, flags ?? ModelFlags.None, []);

    public static BenchmarkScore Score(string benchmark, double value, string source = "oll-v2", string scale = ScoreScales.Normalised, string checkpoint = Checkpoints.Instruct) =>
        new(benchmark, value, scale, source, new DateOnly(2025, 1, 1), "test", "bfloat16", checkpoint, null, null);

    /// <summary>The real catalog's benchmarks and sources with a hand-made list of models.</summary>
    public static ModelCatalog With(params CatalogModel[] models) =>
        new(Catalog.Version, models, Catalog.Benchmarks, Catalog.UseCases, Catalog.Gpus, Catalog.Sources);
}
