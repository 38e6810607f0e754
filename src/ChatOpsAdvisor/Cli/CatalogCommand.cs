using System.Globalization;
using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Importing;

namespace ChatOpsAdvisor.Cli;

/// <summary>
/// catalog import --open-llm-leaderboard &lt;file&gt; [--arena &lt;file&gt;] [--configs &lt;file|dir&gt;] [--base &lt;dir&gt;] --out &lt;dir&gt;
/// </summary>
public static class CatalogCommand
{
    public const int MaxSkippedShown = 40;
    private static readonly IReadOnlyList<string> Known = ["open-llm-leaderboard", "arena", "configs", "base", "out"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length < 2 || args[1] != "import")
        {
            throw new CliUsageException("usage: catalog import --open-llm-leaderboard <csv|json|parquet> [--arena <csv>] [--configs <json|dir>] [--base <catalog dir>] --out <dir>");
        }

        var options = new CliArguments(args.Skip(2), new HashSet<string>(StringComparer.Ordinal));
        options.RejectUnknown(Known);
        var leaderboard = Existing(options.Text("open-llm-leaderboard"), "--open-llm-leaderboard");
        var arena = Existing(options.Text("arena"), "--arena");
        var configs = Existing(options.Text("configs"), "--configs");
        if (leaderboard is null && arena is null && configs is null)
        {
            throw new CliUsageException("give at least one of --open-llm-leaderboard, --arena or --configs");
        }

        var output = options.Text("out") ?? throw new CliUsageException("--out is required (the folder to write the catalog to)");
        var root = ProjectRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var baseCatalog = options.Text("base") ?? Path.Combine(root, "catalog");
        if (Path.GetFullPath(output) == Path.GetFullPath(baseCatalog))
        {
            throw new CliUsageException("--out must not be the curated catalog itself; write beside it and point Catalog:Path at the result");
        }

        var (report, catalog) = await new CatalogImporter(TimeProvider.System).ImportAsync(new ImportRequest(baseCatalog, output, leaderboard, arena, configs), cancellationToken).ConfigureAwait(false);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output} (catalog {catalog.Version}): {catalog.Models.Count} models"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  leaderboard rows {report.LeaderboardRows}, Arena rows {report.ArenaRows}, config entries {report.ConfigEntries}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  models added {report.ModelsAdded}, updated {report.ModelsUpdated}, scores added {report.ScoresAdded}, Arena ratings matched {report.ArenaMatched}, architectures added {report.ArchitecturesAdded}, parameters-only {report.ParametersOnly}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skipped {report.Skipped.Count} row(s)"));
        foreach (var line in report.Skipped.Take(MaxSkippedShown))
        {
            stderr.WriteLine("  skipped " + line);
        }

        if (report.Skipped.Count > MaxSkippedShown)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {report.Skipped.Count - MaxSkippedShown} more"));
        }

        stdout.WriteLine($"To use it: set Catalog:Path to {output} in appsettings.json (or Catalog__Path), then restart the bot or say \"catalog reload\".");
        return 0;
    }

    private static string? Existing(string? path, string option) =>
        path is null || File.Exists(path) || Directory.Exists(path) ? path : throw new CliUsageException($"{option}: not found: {Path.GetFullPath(path)}");
}
