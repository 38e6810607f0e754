using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>The machine the figures come from, as docs/PERFORMANCE.md describes machines, and its load when the run began.</summary>
internal sealed record Machine(string Cpu, int Cores, string Memory, string System, string Dotnet, string? Node, string LoadAtStart)
{
    public static async Task<Machine> DescribeAsync(CancellationToken cancellationToken) => new(
        Field("/proc/cpuinfo", "model name", ':') ?? "unknown",
        Environment.ProcessorCount,
        Gibibytes(Field("/proc/meminfo", "MemTotal", ':')),
        $"{(Field("/etc/os-release", "PRETTY_NAME", '=') ?? RuntimeInformation.OSDescription).Trim('"')}, kernel {Read("/proc/sys/kernel/osrelease")}",
        $"{RuntimeInformation.FrameworkDescription}, {BuildOutput.Configuration} build, server GC {(GCSettings.IsServerGC ? "on" : "off")} (the bot's default too)",
        await TargetLauncher.NodeVersionAsync(cancellationToken),
        Read("/proc/loadavg"));

    // "24683620 kB"
    private static string Gibibytes(string? memTotal) =>
        memTotal is not null && long.TryParse(memTotal.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
            ? $"{kb / 1024.0 / 1024.0:0} GiB RAM"
            : "unknown RAM";

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "unknown";

    private static string? Field(string path, string name, char separator) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
