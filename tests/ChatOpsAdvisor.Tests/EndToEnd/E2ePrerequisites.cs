namespace ChatOpsAdvisor.Tests.EndToEnd;

/// <summary>
/// What the end-to-end test needs on the machine. .ci/run installs all of it; a developer runs `bash .ci/run`
/// once, or the two commands in <see cref="Missing"/>'s message. Missing pieces fail the test (never a silent skip).
/// </summary>
public static class E2ePrerequisites
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>A message naming what is missing and how to install it, or null when everything is there.</summary>
    public static string? Missing(string e2eDirectory)
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium))
        {
            missing.Add($"{Chromium} (install: apt-get update && apt-get install -y chromium)");
        }

        if (!File.Exists(Path.Combine(e2eDirectory, "node_modules", "playwright-core", "package.json"))
            || !File.Exists(Path.Combine(e2eDirectory, "node_modules", "@microsoft", "m365agentsplayground", "package.json")))
        {
            missing.Add("tests/e2e/node_modules (install: npm ci --prefix tests/e2e)");
        }

        if (FindOnPath("node") is null || FindOnPath("npx") is null)
        {
            missing.Add("node and npx on PATH (Node 20+)");
        }

        return missing.Count == 0
            ? null
            : "The end-to-end test needs: " + string.Join("; ", missing) + ". Run `bash .ci/run`, which installs them, or the commands above.";
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
