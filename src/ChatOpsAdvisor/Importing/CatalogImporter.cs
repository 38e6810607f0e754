using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Importing;

/// <summary>What to import, and where from and to.</summary>
public sealed record ImportRequest(string BaseCatalog, string OutputFolder, string? Leaderboard, string? Arena, string? Configs);

/// <summary>
/// Builds a new catalog folder from the curated one plus leaderboard, Arena and config files. The
/// output is written to a temporary folder, loaded and validated exactly as the bot loads it, and
/// only then moved into place: the import never half-writes its output.
/// </summary>
public sealed class CatalogImporter(TimeProvider time)
{
    public async Task<(ImportReport Report, ModelCatalog Catalog)> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = new ImportReport();
        var baseCatalog = CatalogLoader.Load(request.BaseCatalog);
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(request.BaseCatalog, CatalogLoader.ModelsFile), cancellationToken).ConfigureAwait(false)) as JsonObject
            ?? throw new InvalidDataException("models.json is not a JSON object");
        var merge = new CatalogMerge(document, report);
        var today = time.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var parts = new List<string>();

        if (request.Leaderboard is { } leaderboard)
        {
            merge.AddSource(CatalogMerge.LeaderboardSource, "Open LLM Leaderboard v2 results (imported)", Path.GetFileName(leaderboard), SourceKinds.Leaderboard);
            merge.Leaderboard(await LeaderboardReader.ReadAsync(leaderboard, report, cancellationToken).ConfigureAwait(false), leaderboard);
            parts.Add("oll");
        }

        if (request.Configs is { } configs)
        {
            merge.AddSource(CatalogMerge.ConfigSource, "Model configurations (imported)", Path.GetFileName(Path.TrimEndingDirectorySeparator(configs)), SourceKinds.Config);
            merge.Configs(ModelConfigReader.Read(configs, report), configs);
            parts.Add("configs");
        }

        if (request.Arena is { } arena)
        {
            merge.AddSource(CatalogMerge.ArenaSource, "LMArena text leaderboard (imported)", Path.GetFileName(arena), SourceKinds.Leaderboard);
            merge.Arena(ArenaReader.Read(arena, report));
            parts.Add("arena");
        }

        merge.Version($"{baseCatalog.Version}+{string.Join("-", parts)}.{today}");
        var catalog = await WriteAtomicallyAsync(request, document, cancellationToken).ConfigureAwait(false);
        return (report, catalog);
    }

    private static async Task<ModelCatalog> WriteAtomicallyAsync(ImportRequest request, JsonObject models, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(request.OutputFolder);
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            await File.WriteAllTextAsync(Path.Combine(staging, CatalogLoader.ModelsFile), models.ToJsonString(options), cancellationToken).ConfigureAwait(false);
            foreach (var file in new[] { CatalogLoader.BenchmarksFile, CatalogLoader.UseCasesFile, CatalogLoader.GpusFile, "README.md" })
            {
                var source = Path.Combine(request.BaseCatalog, file);
                if (File.Exists(source))
                {
                    File.Copy(source, Path.Combine(staging, file));
                }
            }

            // The same validation the bot runs at start-up: a catalog it could not load is never put in place.
            var catalog = CatalogLoader.Load(staging);
            var previous = Directory.Exists(output) ? output + ".previous-" + Guid.NewGuid().ToString("N") : null;
            if (previous is not null)
            {
                Directory.Move(output, previous);
            }

            Directory.Move(staging, output);
            if (previous is not null)
            {
                Directory.Delete(previous, recursive: true);
            }

            return catalog;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
