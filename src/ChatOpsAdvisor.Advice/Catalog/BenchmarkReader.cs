namespace ChatOpsAdvisor.Advice.Catalog;

internal static class BenchmarkReader
{
    public static IReadOnlyList<Benchmark> Read(JsonFields root)
    {
        var benchmarks = new List<Benchmark>();
        var entries = new List<(string, JsonFields)>();
        foreach (var raw in root.Array("benchmarks", required: true))
        {
            var id = raw.RequiredString("id");
            var e = raw.For($"{raw.Entry} ({id})");
            var kind = e.OneOf("kind", BenchmarkKinds.All, BenchmarkKinds.Accuracy);
            var anchor = e.OptionalNumber("anchorRating", 0, 5000);
            if (kind == BenchmarkKinds.Preference && anchor is null)
            {
                throw e.Error("anchorRating", "is required for a preference benchmark");
            }

            benchmarks.Add(new Benchmark(
                id,
                e.RequiredString("name"),
                kind,
                e.RequiredString("measures"),
                e.OptionalPositiveInt("items"),
                e.OptionalNumber("chance", 0, 0.99) ?? 0,
                e.OptionalString("contamination"),
                anchor,
                e.RequiredString("source")));
            entries.Add((id, e));
        }

        CatalogLoader.RequireUnique(entries);
        return benchmarks;
    }
}
