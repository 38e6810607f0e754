using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Importing;
using ChatOpsAdvisor.Testing;
using Parquet.Serialization;

namespace ChatOpsAdvisor.Tests.Importing;

/// <summary>Imports of the real leaderboard files in ../shared/reference/leaderboards, and of the other layouts.</summary>
public sealed class CatalogImportTests : IDisposable
{
    private static readonly string Leaderboards = Path.Combine(RepoPaths.Shared, "reference", "leaderboards");
    private static readonly string OllCsv = Path.Combine(Leaderboards, "open_llm_leaderboard_v2_2025-03-21.csv");
    private static readonly string ArenaCsv = Path.Combine(Leaderboards, "lmarena_text_2025-08-04.csv");
    private static readonly string Configs = Path.Combine(Leaderboards, "llmfit_hf_models.json");
    private readonly string temp = Directory.CreateTempSubdirectory("import-test-").FullName;

    private static readonly Lazy<(ImportReport Report, ModelCatalog Catalog)> Full = new(() =>
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("import-full-").FullName, "catalog");
        return new CatalogImporter(TimeProvider.System).ImportAsync(new ImportRequest(RepoPaths.Catalog, output, OllCsv, ArenaCsv, Configs), CancellationToken.None).GetAwaiter().GetResult();
    });

    [Fact]
    public void Import_RealFiles_EveryReadableRowBecomesAModelTheBotCanLoad()
    {
        var (report, catalog) = Full.Value;

        Assert.Equal(4576, report.LeaderboardRows);
        Assert.Equal(266, report.ArenaRows);
        Assert.Equal(1852, report.ConfigEntries);
        Assert.True(catalog.Models.Count > 4400, catalog.Models.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("+oll-configs-arena.", catalog.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RealFiles_BadRowsReportedWithLineNumbers()
    {
        var (report, _) = Full.Value;

        Assert.Contains("open_llm_leaderboard_v2_2025-03-21.csv:191: metadata_params_billions is not a positive number (\"-1\")", report.Skipped);
        Assert.Contains(report.Skipped, s => s.StartsWith("open_llm_leaderboard_v2_2025-03-21.csv:2744: no model id", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RealFiles_CuratedFactsKeptAndNoDuplicateScores()
    {
        var (_, catalog) = Full.Value;
        var curated = TestCatalog.Catalog.FindModel("Qwen/Qwen2.5-7B-Instruct")!;
        var imported = catalog.FindModel("Qwen/Qwen2.5-7B-Instruct")!;

        Assert.Equal(curated.Architecture, imported.Architecture);
        Assert.Equal(curated.License.Id, imported.License.Id);
        Assert.Equal(curated.Scores.Count(s => s.Benchmark == "ifeval"), imported.Scores.Count(s => s.Benchmark == "ifeval"));
        Assert.Equal(curated.Arena, imported.Arena);
    }

    [Fact]
    public void Import_RealFiles_MergesMarkedAndLicencesMapped()
    {
        var (_, catalog) = Full.Value;

        Assert.True(catalog.Models.Count(m => m.Flags.Merged) >= 700);
        Assert.Contains(catalog.Models, m => m.Flags.Flagged);
        var nc = catalog.Models.First(m => m.License.Name.Equals("cc-by-nc-4.0", StringComparison.OrdinalIgnoreCase) || m.License.Id == "cc-by-nc-4.0");
        Assert.False(nc.License.AllowsCommercialUse);
        var imported = catalog.Models.SelectMany(m => m.Scores).Where(s => s.Source == CatalogMerge.LeaderboardSource).ToList();
        Assert.True(imported.Count(s => s.Date is null) < imported.Count / 100, "nearly every leaderboard row carries its submission date");
    }

    [Fact]
    public void Import_RealFiles_ArchitecturesFromConfigsAndParametersOnlyOtherwise()
    {
        var (report, catalog) = Full.Value;

        Assert.True(report.ArchitecturesAdded > 100);
        Assert.Contains(catalog.Models, m => m.Architecture?.Source == CatalogMerge.ConfigSource);
        Assert.Contains(catalog.Models, m => m.Architecture is null);
        Assert.True(report.ArenaMatched > 10);
    }

    [Fact]
    public async Task Import_ContentsJsonLayout_Read()
    {
        var file = Path.Combine(temp, "contents.json");
        await File.WriteAllTextAsync(file, """
            {"rows": [{"row": {"fullname": "acme/Widget-7B", "Precision": "bfloat16", "#Params (B)": 7.2, "Hub License": "apache-2.0", "Flagged": false, "Merged": true, "MoE": false,
              "Submission Date": "2024-10-01T00:00:00Z", "IFEval": 61.5, "BBH": 30.1, "MATH Lvl 5": 10, "GPQA": 5.5, "MUSR": 7.1, "MMLU-PRO": 28.4}},
              {"row": {"fullname": "", "#Params (B)": 1}}]}
            """);

        var (report, catalog) = await Import(file);

        var model = catalog.FindModel("acme/Widget-7B")!;
        Assert.Equal(7.2, model.ParametersBillions);
        Assert.True(model.Flags.Merged);
        Assert.Equal(61.5, model.Scores.Single(s => s.Benchmark == "ifeval").Value);
        Assert.Equal(new DateOnly(2024, 10, 1), model.Scores[0].Date);
        Assert.Contains("contents.json:2: no model id (\"\")", report.Skipped);
    }

    [Fact]
    public async Task Import_ContentsParquetLayout_Read()
    {
        var file = Path.Combine(temp, "contents.parquet");
        await using (var stream = File.Create(file))
        {
            await ParquetSerializer.SerializeAsync(new[] { new ContentsRow { FullName = "acme/Gadget-3B", Params = 3.1, License = "mit", Ifeval = 44.4, Bbh = 12.5 } }, stream);
        }

        var (_, catalog) = await Import(file);

        var model = catalog.FindModel("acme/Gadget-3B")!;
        Assert.Equal(3.1, model.ParametersBillions);
        Assert.Equal(44.4, model.Scores.Single(s => s.Benchmark == "ifeval").Value);
        Assert.True(model.License.AllowsCommercialUse);
    }

    [Fact]
    public async Task Import_FolderOfHfConfigs_ArchitectureWithHeadDim()
    {
        var csv = Path.Combine(temp, "oll.csv");
        await File.WriteAllLinesAsync(csv, [
            "model_name,model_precision,metadata_params_billions,metadata_hub_license,features_is_flagged,features_is_merged,features_is_moe,metadata_submission_date,evaluations_ifeval_normalized_score",
            "acme/Thing-8B,bfloat16,8.0,apache-2.0,False,False,False,2025-01-02,55.5",
        ]);
        var configs = Path.Combine(temp, "configs", "acme__Thing-8B");
        Directory.CreateDirectory(configs);
        await File.WriteAllTextAsync(Path.Combine(configs, "config.json"), """{"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "max_position_embeddings": 32768}""");

        var (_, catalog) = await Import(csv, configs: Path.Combine(temp, "configs"));

        var arch = catalog.FindModel("acme/Thing-8B")!.Architecture!;
        Assert.Equal((32, 8, 128, true), (arch.Layers, arch.KvHeads!.Value, arch.HeadDim!.Value, arch.HeadDimDerived));
        Assert.Equal(32768, catalog.FindModel("acme/Thing-8B")!.ContextLength);
    }

    [Fact]
    public async Task Import_WrongLayout_FailsAndLeavesExistingOutputUntouched()
    {
        var output = Path.Combine(temp, "out");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "marker.txt"), "previous catalog");
        var bad = Path.Combine(temp, "bad.csv");
        await File.WriteAllLinesAsync(bad, ["name,score", "x,1"]);

        await Assert.ThrowsAsync<InvalidDataException>(() => new CatalogImporter(TimeProvider.System).ImportAsync(new ImportRequest(RepoPaths.Catalog, output, bad, null, null), CancellationToken.None));

        Assert.Equal("previous catalog", await File.ReadAllTextAsync(Path.Combine(output, "marker.txt")));
        Assert.Empty(Directory.GetDirectories(temp, ".out.staging-*"));
    }

    [Fact]
    public void CsvTable_QuotedFieldsWithCommasQuotesAndNewlines_LinesCounted()
    {
        var table = CsvTable.Parse(new StringReader("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",2\nlast,3\n"));

        Assert.Equal(["x, y", "say \"hi\""], table.Records[0].Fields);
        Assert.Equal("multi\nline", table.Records[1].Fields[0]);
        Assert.Equal([2, 3, 5], table.Records.Select(r => r.Line));
    }

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private async Task<(ImportReport, ModelCatalog)> Import(string leaderboard, string? configs = null) =>
        await new CatalogImporter(TimeProvider.System).ImportAsync(new ImportRequest(RepoPaths.Catalog, Path.Combine(temp, "out-" + Guid.NewGuid().ToString("N")), leaderboard, null, configs), CancellationToken.None);

    private sealed class ContentsRow
    {
        [JsonPropertyName("fullname")]
        public string FullName { get; set; } = string.Empty;

        [JsonPropertyName("#Params (B)")]
        public double Params { get; set; }

        [JsonPropertyName("Hub License")]
        public string License { get; set; } = string.Empty;

        [JsonPropertyName("IFEval")]
        public double Ifeval { get; set; }

        [JsonPropertyName("BBH")]
        public double Bbh { get; set; }
    }
}
