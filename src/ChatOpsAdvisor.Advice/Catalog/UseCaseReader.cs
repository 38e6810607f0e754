namespace ChatOpsAdvisor.Advice.Catalog;

internal static class UseCaseReader
{
    public static IReadOnlyList<UseCase> Read(JsonFields root, IReadOnlySet<string> benchmarkIds)
    {
        var useCases = new List<UseCase>();
        var entries = new List<(string, JsonFields)>();
        foreach (var raw in root.Array("useCases", required: true))
        {
            var id = raw.RequiredString("id");
            var e = raw.For($"{raw.Entry} ({id})");
            var weights = new List<UseCaseBenchmark>();
            foreach (var bf in e.Array("benchmarks", required: true, nested: true))
            {
                var benchmark = bf.RequiredString("benchmark");
                if (!benchmarkIds.Contains(benchmark))
                {
                    throw bf.Error("benchmark", $"names an unknown benchmark \"{benchmark}\"");
                }

                weights.Add(new UseCaseBenchmark(benchmark, bf.RequiredNumber("weight", 0.0001, 100), bf.RequiredText("why")));
            }

            if (weights.Count == 0)
            {
                throw e.Error("benchmarks", "must list at least one benchmark");
            }

            useCases.Add(new UseCase(
                id,
                e.RequiredText("name"),
                e.OptionalObject("description") is null ? new LocalizedText(string.Empty, string.Empty) : e.RequiredText("description"),
                e.StringArray("aliases"),
                e.OptionalPositiveInt("minContextTokens") ?? 2048,
                e.OptionalNumber("maxParametersBillions", 0.01, 10_000),
                weights));
            entries.Add((id, e));
        }

        CatalogLoader.RequireUnique(entries);
        return useCases;
    }
}
