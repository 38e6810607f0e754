namespace ChatOpsAdvisor.Advice.Catalog;

internal static class GpuReader
{
    public static IReadOnlyList<Gpu> Read(JsonFields root)
    {
        var gpus = new List<Gpu>();
        var entries = new List<(string, JsonFields)>();
        foreach (var raw in root.Array("gpus", required: true))
        {
            var id = raw.RequiredString("id");
            var e = raw.For($"{raw.Entry} ({id})");
            gpus.Add(new Gpu(
                id,
                e.RequiredString("name"),
                e.StringArray("aliases"),
                e.OptionalNumber("memoryGb", 1, 4096),
                e.OptionalNumber("bandwidthGbPerSecond", 1, 100_000),
                e.OptionalBool("unifiedMemory", false),
                e.RequiredString("source")));
            entries.Add((id, e));
        }

        CatalogLoader.RequireUnique(entries);
        return gpus;
    }
}
