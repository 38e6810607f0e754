using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Testing;

public static class TestCatalog
{
    private static readonly Lazy<ModelCatalog> Shipped = new(() => CatalogLoader.Load(RepoPaths.Catalog));

    public static ModelCatalog Catalog => Shipped.Value;
}
