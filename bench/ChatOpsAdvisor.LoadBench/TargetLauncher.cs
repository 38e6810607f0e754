using System.ComponentModel;
using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// Starts each target as a process of its own on a free loopback port: the floors as this executable in a server
/// mode, the JS echo bot with node (after npm ci the first time), the advisor from its build output — anonymous,
/// its own SQLite file, logging at Warning, the Production environment (no appsettings.Development.json).
/// </summary>
internal static class TargetLauncher
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private static string JsEchoFolder => Path.Combine(BuildOutput.RepositoryRoot, "bench", "js-echo");

    public static async Task<TargetProcess> StartAsync(Target target, int port, ScratchDatabase database, IReadOnlyDictionary<string, string> botEnvironment, HttpClient probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var parent = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var portText = port.ToString(CultureInfo.InvariantCulture);
        if (target == Target.JsEcho)
        {
            await InstallJsEchoAsync(cancellationToken);
        }

        var process = target.Name switch
        {
            "floor" => TargetProcess.Start(target.Title, BuildOutput.Self(FloorServer.Floor, portText, parent), BuildOutput.RepositoryRoot),
            "parse" => TargetProcess.Start(target.Title, BuildOutput.Self(FloorServer.Parse, portText, parent), BuildOutput.RepositoryRoot),
            "js" => TargetProcess.Start(target.Title, ("node", ["echo-bot.js", portText, parent]), JsEchoFolder),
            _ => StartAdvisor(port, database, botEnvironment),
        };
        try
        {
            await process.WaitUntilAnsweringAsync(probe, new Uri($"http://127.0.0.1:{portText}/healthz"), ReadyTimeout, cancellationToken);
            return process;
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>The bot, with <paramref name="extra"/> variables added last (they win).</summary>
    public static TargetProcess StartAdvisor(int port, ScratchDatabase database, IReadOnlyDictionary<string, string> extra)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(extra);
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Storage__DatabasePath"] = database.Path,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return TargetProcess.Start(Target.Advisor.Title, BuildOutput.Bot(), BuildOutput.RepositoryRoot, environment);
    }

    /// <summary>node --version, or null when node cannot be started (the JS target is then skipped, and says so).</summary>
    public static async Task<string?> NodeVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var node = TargetProcess.Start("node --version", ("node", ["--version"]), BuildOutput.RepositoryRoot);
            return await node.WaitForExitAsync(TimeSpan.FromSeconds(30), cancellationToken) == 0 ? node.Tail.Trim() : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>npm ci --prefix bench/js-echo, once (when node_modules is missing): the lock file pins botbuilder and express.</summary>
    private static async Task InstallJsEchoAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Path.Combine(JsEchoFolder, "node_modules")))
        {
            return;
        }

        Console.WriteLine("npm ci --prefix bench/js-echo (first run only) …");
        using var npm = TargetProcess.Start("npm ci", ("npm", ["ci", "--prefix", JsEchoFolder, "--no-audit", "--no-fund"]), BuildOutput.RepositoryRoot);
        if (await npm.WaitForExitAsync(TimeSpan.FromMinutes(10), cancellationToken) != 0)
        {
            throw new InvalidOperationException($"npm ci --prefix bench/js-echo failed:\n{npm.Tail}");
        }
    }
}
