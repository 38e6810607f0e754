using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.Reliability.Support;

/// <summary>
/// The bot as a real child process: the host's own build output (ChatOpsAdvisor.dll with its runtimeconfig and
/// deps, copied into this test project's output by the project reference), configured through the environment —
/// anonymous, listening on 127.0.0.1 port 0, on the given SQLite file. It can be killed outright (SIGKILL) and
/// its resident memory read from /proc. Disposing stops it.
/// </summary>
public sealed partial class BotProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ChildProcess child;

    private BotProcess(ChildProcess child, Uri baseAddress)
    {
        this.child = child;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => child.HasExited;

    public string Output => child.Output;

    public static async Task<BotProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "ChatOpsAdvisor.dll");
        Assert.True(File.Exists(host) && File.Exists(Path.ChangeExtension(host, ".runtimeconfig.json")), $"The bot's build output is not beside the tests: {host}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Urls"] = "http://127.0.0.1:0",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Storage__DatabasePath"] = databasePath,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var child = ChildProcess.Start(DotnetHost(), [host], RepoPaths.Root, environment);
        var listening = await child.WaitForLineAsync(line => ListeningOn().IsMatch(line), StartTimeout);
        if (listening is null)
        {
            var output = child.Output;
            child.Dispose();
            Assert.Fail("The bot did not start:\n" + ChildProcess.Tail(output));
        }

        return new BotProcess(child, new Uri(ListeningOn().Match(listening).Groups["url"].Value));
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown code and no flush.</summary>
    public void Kill() => child.Kill();

    /// <summary>The resident set size (VmRSS of /proc/&lt;pid&gt;/status).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{child.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose() => child.Dispose();

    /// <summary>The dotnet host that runs these tests (set by the dotnet CLI for its children), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
