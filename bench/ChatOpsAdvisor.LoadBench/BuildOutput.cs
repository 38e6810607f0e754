using System.Reflection;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// Where things are: the repository (the folder with ChatOpsAdvisor.sln above this build), the bot's build output
/// in the configuration this benchmark was built in (its project reference builds it), and how to start this
/// benchmark's own executable again in a server mode.
/// </summary>
internal static class BuildOutput
{
    public static string Configuration => Metadata("Configuration");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatOpsAdvisor.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run the load benchmark from its build inside the repository (ChatOpsAdvisor.sln not found above it).");
        }
    }

    /// <summary>The bot's apphost (or its dll through dotnet) from src/ChatOpsAdvisor/bin/{configuration}/{tfm}.</summary>
    public static (string FileName, string[] Arguments) Bot()
    {
        var folder = Path.Combine(RepositoryRoot, "src", "ChatOpsAdvisor", "bin", Configuration, Metadata("TargetFramework"));
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "ChatOpsAdvisor.exe" : "ChatOpsAdvisor");
        if (File.Exists(apphost))
        {
            return (apphost, []);
        }

        var dll = Path.Combine(folder, "ChatOpsAdvisor.dll");
        return File.Exists(dll)
            ? ("dotnet", [dll])
            : throw new InvalidOperationException($"The bot is not built in {folder}: run this benchmark with dotnet run -c {Configuration}, which builds it.");
    }

    /// <summary>This executable again (its apphost, or dotnet with its dll), with <paramref name="arguments"/>.</summary>
    public static (string FileName, string[] Arguments) Self(params string[] arguments)
    {
        var path = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? (path, [typeof(BuildOutput).Assembly.Location, .. arguments])
            : (path, arguments);
    }

    private static string Metadata(string key) =>
        typeof(BuildOutput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Build metadata {key} is missing.");
}
