using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Benchmarks;

/// <summary>
/// A catalog of N models made by cycling the shipped catalog's models under new ids, so every
/// synthetic model has a real architecture, licence and evidence profile.
/// </summary>
public static class SyntheticCatalog
{
    public static ModelCatalog Load() => CatalogLoader.Load(Path.Combine(RepositoryFolder.Find(), "catalog"));

    public static ModelCatalog Grow(ModelCatalog shipped, int count)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var models = Enumerable.Range(0, count)
            .Select(i =>
            {
                var m = shipped.Models[i % shipped.Models.Count];
                return m with { Id = $"{m.Id}-{i}", DisplayName = $"{m.DisplayName} #{i}" };
            })
            .ToList();
        return new ModelCatalog(shipped.Version, models, shipped.Benchmarks, shipped.UseCases, shipped.Gpus, shipped.Sources);
    }
}
