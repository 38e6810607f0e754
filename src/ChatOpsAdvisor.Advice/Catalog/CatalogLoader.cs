using System.Text.Json;

namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>
/// Loads and validates the four catalog files (format: catalog/README.md). Any broken rule stops
/// the load with a <see cref="CatalogException"/> naming the file, the entry and the field.
/// </summary>
public static class CatalogLoader
{
    public const string ModelsFile = "models.json";
    public const string BenchmarksFile = "benchmarks.json";
    public const string UseCasesFile = "use-cases.json";
    public const string GpusFile = "gpus.json";

    public static ModelCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CatalogException($"catalog folder not found: {directory}");
        }

        return Parse(
            Read(directory, ModelsFile),
            Read(directory, BenchmarksFile),
            Read(directory, UseCasesFile),
            Read(directory, GpusFile));
    }

    public static ModelCatalog Parse(string modelsJson, string benchmarksJson, string useCasesJson, string gpusJson)
    {
        using var benchmarksDoc = Document(BenchmarksFile, benchmarksJson);
        var benchmarks = BenchmarkReader.Read(Root(BenchmarksFile, benchmarksDoc));
        var benchmarkIds = benchmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);

        using var modelsDoc = Document(ModelsFile, modelsJson);
        var (version, sources, models) = ModelReader.Read(Root(ModelsFile, modelsDoc), benchmarkIds);

        using var useCasesDoc = Document(UseCasesFile, useCasesJson);
        var useCases = UseCaseReader.Read(Root(UseCasesFile, useCasesDoc), benchmarkIds);

        using var gpusDoc = Document(GpusFile, gpusJson);
        var gpus = GpuReader.Read(Root(GpusFile, gpusDoc));

        return new ModelCatalog(version, models, benchmarks, useCases, gpus, sources);
    }

    internal static void RequireUnique(IEnumerable<(string Id, JsonFields Where)> entries)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, where) in entries)
        {
            if (!seen.Add(id))
            {
                throw where.Error("id", $"\"{id}\" appears more than once");
            }
        }
    }

    private static string Read(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? File.ReadAllText(path) : throw new CatalogException($"{file}: not found in {directory}");
    }

    private static JsonDocument Document(string file, string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new CatalogException($"{file}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", ex);
        }
    }

    private static JsonFields Root(string file, JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
            ? new JsonFields(file, "(root)", string.Empty, document.RootElement)
            : throw new CatalogException($"{file}: the top level must be an object");
}
