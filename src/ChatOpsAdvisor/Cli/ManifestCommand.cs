using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Manifest;

namespace ChatOpsAdvisor.Cli;

/// <summary>manifest pack --bot-id &lt;id&gt; [--app-id &lt;id&gt;] [--domain &lt;host&gt;] [--schema &lt;file&gt;] [--manifest-dir &lt;dir&gt;] --out &lt;zip&gt;</summary>
public static class ManifestCommand
{
    private static readonly IReadOnlyList<string> Known = ["bot-id", "app-id", "domain", "schema", "manifest-dir", "out"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length < 2 || args[1] != "pack")
        {
            throw new CliUsageException("usage: manifest pack --bot-id <guid> [--app-id <guid>] [--domain <host>] [--schema <MicrosoftTeams.schema.json>] --out <file.zip>");
        }

        var options = new CliArguments(args.Skip(2), new HashSet<string>(StringComparer.Ordinal));
        options.RejectUnknown(Known);
        var botId = options.Text("bot-id") ?? throw new CliUsageException("--bot-id is required (the bot's Microsoft App ID, a GUID)");
        var output = options.Text("out") ?? throw new CliUsageException("--out is required (where to write the .zip)");
        var folder = options.Text("manifest-dir") ?? Path.Combine(ProjectRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory), "manifest");
        var schema = options.Text("schema");
        if (schema is not null && !File.Exists(schema))
        {
            throw new CliUsageException($"schema file not found: {Path.GetFullPath(schema)}");
        }

        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new CliUsageException($"manifest.json not found in {folder}");
        }

        var manifest = TeamsAppPackage.Fill(File.ReadAllText(manifestPath), botId, options.Text("app-id"), options.Text("domain"));
        var errors = ManifestValidator.Validate(manifest, folder, schema);
        if (errors.Count > 0)
        {
            stderr.WriteLine("error: the manifest is not valid:");
            foreach (var e in errors)
            {
                stderr.WriteLine("  " + e);
            }

            return CliApp.UsageError;
        }

        TeamsAppPackage.Write(folder, manifest, output);
        stdout.WriteLine($"wrote {output}: {string.Join(", ", TeamsAppPackage.Files)}" + (schema is null ? " (checked with the built-in rules; pass --schema for the full Teams schema)" : " (valid against " + Path.GetFileName(schema) + ")"));
        return 0;
    }
}
