namespace ChatOpsAdvisor.Testing;

/// <summary>
/// Where the ecosystem's own clients are on this machine (../shared/docs/REAL-CLIENTS.md): node on PATH,
/// the npm packages pinned in tests/e2e (npm ci --prefix tests/e2e) and the system Chromium. .ci/run
/// installs all of them; tests that need them fail — never skip — naming what is missing.
/// </summary>
public static class RealClients
{
    public static string E2eDirectory => Path.Combine(RepoPaths.Root, "tests", "e2e");

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? Node => FindOnPath("node");

    /// <summary>A message naming what is missing and how to install it, or null when everything is there.</summary>
    /// <param name="packages">npm packages that must be installed under tests/e2e/node_modules.</param>
    public static string? Missing(params string[] packages) => Missing(Chromium, E2eDirectory, Node, packages);

    public static string? Missing(string chromium, string e2eDirectory, string? node, IEnumerable<string> packages)
    {
        var missing = new List<string>();
        if (node is null)
        {
            missing.Add("node on PATH (Node 20+)");
        }

        var absent = packages.Where(p => !File.Exists(Path.Combine(e2eDirectory, "node_modules", p, "package.json"))).ToList();
        if (absent.Count > 0)
        {
            missing.Add($"{string.Join(", ", absent)} in tests/e2e/node_modules (install: npm ci --prefix tests/e2e)");
        }

        if (!File.Exists(chromium))
        {
            missing.Add($"{chromium} (install: apt-get update && apt-get install -y chromium)");
        }

        return missing.Count == 0
            ? null
            : "Missing: " + string.Join("; ", missing) + ". `bash .ci/run` installs them all.";
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
