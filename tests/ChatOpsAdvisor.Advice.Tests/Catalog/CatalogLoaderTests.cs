using System.Text.Json.Nodes;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Advice.Tests.Catalog;

public sealed class CatalogLoaderTests
{
    [Fact]
    public void Load_ShippedCatalog_AtLeastFortyModelsAcrossEveryTier()
    {
        var catalog = TestModels.Catalog;

        Assert.True(catalog.Models.Count >= 40);
        foreach (var tier in new[] { SizeTier.Small, SizeTier.Medium, SizeTier.Large, SizeTier.ExtraLarge, SizeTier.MixtureOfExperts })
        {
            Assert.Contains(catalog.Models, m => SizeTier.For(m.ParametersBillions, m.IsMixtureOfExperts) == tier);
        }
    }

    [Fact]
    public void Load_ShippedCatalog_EveryScoreHasSourceAndEveryLicenceIsRead()
    {
        var catalog = TestModels.Catalog;

        Assert.All(catalog.Models.SelectMany(m => m.Scores), s => Assert.NotNull(catalog.Source(s.Source)));
        Assert.All(catalog.Models, m => Assert.Contains(m.License.CommercialUse, CommercialUseKinds.All));
        Assert.Contains(catalog.Models, m => m.Arena is { Votes: > 0 });
    }

    [Theory]
    [InlineData("code-assistant", "humaneval")]
    [InlineData("instruction-following", "ifeval")]
    [InlineData("reasoning-math", "bbh")]
    [InlineData("knowledge-rag", "truthfulqa")]
    [InlineData("general-chat", "arena")]
    [InlineData("customer-support", "ifeval")]
    [InlineData("on-device-extraction", "ifeval")]
    public void Load_ShippedUseCases_MapToTheMethodsBenchmarks(string useCase, string benchmark)
    {
        var u = TestModels.Catalog.UseCase(useCase);

        Assert.NotNull(u);
        Assert.Contains(u.Benchmarks, b => b.Benchmark == benchmark);
        Assert.All(u.Benchmarks, b => Assert.False(string.IsNullOrWhiteSpace(b.Why.Ja)));
    }

    [Theory]
    [InlineData("rtx-4060", 8)]
    [InlineData("rtx-3090", 24)]
    [InlineData("rtx-4090", 24)]
    [InlineData("a10", 24)]
    [InlineData("l4", 24)]
    [InlineData("h100-sxm", 80)]
    [InlineData("h200", 141)]
    public void Load_ShippedGpus_MemoryAndBandwidth(string id, double memory)
    {
        var gpu = TestModels.Catalog.Gpus.Single(g => g.Id == id);

        Assert.Equal(memory, gpu.MemoryGb);
        Assert.NotNull(gpu.BandwidthGbPerSecond);
    }

    [Theory]
    [InlineData("models", "$.models[3].architecture.kvHeads", -1, "models.json: models[3] (meta-llama/Llama-3.1-70B-Instruct): architecture.kvHeads must be a positive integer")]
    [InlineData("models", "$.models[0].parametersBillions", "many", "models.json: models[0] (meta-llama/Llama-3.2-1B-Instruct): parametersBillions must be a number")]
    [InlineData("models", "$.models[2].scores[0].benchmark", "nonsense", "models.json: models[2] (meta-llama/Llama-3.1-8B-Instruct): scores[0].benchmark names an unknown benchmark \"nonsense\"")]
    [InlineData("models", "$.models[2].scores[1].value", 140, "models.json: models[2] (meta-llama/Llama-3.1-8B-Instruct): scores[1].value must be between 0 and 100 (was 140)")]
    [InlineData("models", "$.models[2].license", "made-up", "models.json: models[2] (meta-llama/Llama-3.1-8B-Instruct): license names an unknown licence \"made-up\"")]
    [InlineData("models", "$.models[2].scores[0].date", "yesterday", "models.json: models[2] (meta-llama/Llama-3.1-8B-Instruct): scores[0].date must be a date yyyy-mm-dd (was \"yesterday\")")]
    [InlineData("gpus", "$.gpus[1].memoryGb", 0, "gpus.json: gpus[1] (rtx-4060): memoryGb must be between 1 and 4096 (was 0)")]
    [InlineData("use-cases", "$.useCases[0].benchmarks[0].benchmark", "nope", "use-cases.json: useCases[0] (code-assistant): benchmarks[0].benchmark names an unknown benchmark \"nope\"")]
    [InlineData("benchmarks", "$.benchmarks[0].items", 0, "benchmarks.json: benchmarks[0] (ifeval): items must be a positive integer")]
    public void Parse_BrokenField_ErrorNamesFileEntryAndField(string file, string path, object value, string expected)
    {
        var files = ShippedFiles();
        files[file] = Set(files[file], path, JsonValue.Create(value));

        var ex = Assert.Throws<CatalogException>(() => Parse(files));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Parse_DuplicateModelId_Rejected()
    {
        var files = ShippedFiles();
        files["models"] = Set(files["models"], "$.models[1].id", JsonValue.Create("meta-llama/Llama-3.2-1B-Instruct"));

        var ex = Assert.Throws<CatalogException>(() => Parse(files));

        Assert.Contains("appears more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_SaysFileAndLine()
    {
        var files = ShippedFiles();
        files["gpus"] = "{\n  \"gpus\": [\n    { oops }\n  ]\n}";

        var ex = Assert.Throws<CatalogException>(() => Parse(files));

        Assert.StartsWith("gpus.json: not valid JSON (line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ClearError()
    {
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load(Path.Combine(RepoPaths.Root, "no-such-folder")));

        Assert.Contains("catalog folder not found", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("meta-llama/llama-3.1-8b-instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("qwen2.5 7b instruct", "Qwen/Qwen2.5-7B-Instruct")]
    public void FindModel_LooseNames_Found(string query, string id)
    {
        Assert.Equal(id, TestModels.Catalog.FindModel(query)?.Id);
    }

    [Theory]
    [InlineData("RTX 4090", "rtx-4090")]
    [InlineData("4090", "rtx-4090")]
    [InlineData("ｒｔｘ４０９０", "rtx-4090")]
    public void FindGpu_AliasesAndFullWidth_Found(string query, string id)
    {
        Assert.Equal(id, TestModels.Catalog.FindGpu(query)?.Id);
    }

    [Fact]
    public void FindModel_TwoModelsShareALooseName_TheFirstInCatalogOrderWins()
    {
        // "org-a/Tiny-1B" and "org-b/tiny 1b" both normalize to "tiny1b" by their short names.
        var first = TestModels.Dense("org-a/Tiny-1B", 1, 16, 2048, 16, 8, 128);
        var second = TestModels.Dense("org-b/tiny 1b", 1, 16, 2048, 16, 8, 128);

        Assert.Same(first, TestModels.With(first, second).FindModel("TINY-1b"));
        Assert.Same(second, TestModels.With(second, first).FindModel("TINY-1b"));
        Assert.Same(second, TestModels.With(first, second).FindModel("org-b/tiny 1b"));
    }

    [Fact]
    public void FindGpuAndUseCase_EveryShippedNameAndAlias_FindsItsOwner()
    {
        var catalog = TestModels.Catalog;
        foreach (var gpu in catalog.Gpus)
        {
            foreach (var name in new[] { gpu.Id, gpu.Name.ToUpperInvariant(), " " + gpu.Name + " " }.Concat(gpu.Aliases))
            {
                var found = catalog.FindGpu(name);
                Assert.NotNull(found);

                // An alias two GPUs share belongs to the one listed first.
                Assert.Equal(catalog.Gpus.First(g => new[] { g.Id, g.Name }.Concat(g.Aliases).Any(n => NameMatcher.Normalize(n) == NameMatcher.Normalize(name))), found);
            }
        }

        foreach (var useCase in catalog.UseCases)
        {
            foreach (var name in new[] { useCase.Id, useCase.Name.En, useCase.Name.Ja }.Concat(useCase.Aliases))
            {
                Assert.Equal(catalog.UseCases.First(u => new[] { u.Id, u.Name.En, u.Name.Ja }.Concat(u.Aliases).Any(n => NameMatcher.Normalize(n) == NameMatcher.Normalize(name))), catalog.FindUseCase(name));
            }
        }

        Assert.Null(catalog.FindGpu("no such accelerator 9000"));
        Assert.Null(catalog.FindGpu("--"));
        Assert.Null(catalog.FindUseCase("   "));
    }

    [Fact]
    public void SuggestModels_Typo_NearestNamesFirst()
    {
        var suggestions = TestModels.Catalog.SuggestModels("Lama-3.1-8B-Instruct");

        Assert.Equal("meta-llama/Llama-3.1-8B-Instruct", suggestions[0]);
    }

    private static Dictionary<string, string> ShippedFiles() => new()
    {
        ["models"] = File.ReadAllText(Path.Combine(RepoPaths.Catalog, "models.json")),
        ["benchmarks"] = File.ReadAllText(Path.Combine(RepoPaths.Catalog, "benchmarks.json")),
        ["use-cases"] = File.ReadAllText(Path.Combine(RepoPaths.Catalog, "use-cases.json")),
        ["gpus"] = File.ReadAllText(Path.Combine(RepoPaths.Catalog, "gpus.json")),
    };

    private static ModelCatalog Parse(Dictionary<string, string> f) => CatalogLoader.Parse(f["models"], f["benchmarks"], f["use-cases"], f["gpus"]);

    /// <summary>Sets a value at a simple JSON path like $.models[3].architecture.kvHeads.</summary>
    private static string Set(string json, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = parts[i].StartsWith('[') ? node[int.Parse(parts[i][1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[parts[i]]!;
        }

        node[parts[^1]] = value;
        return root.ToJsonString();
    }
}
