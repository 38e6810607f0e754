namespace ChatOpsAdvisor.Hosting;

/// <summary>
/// Finds the folder that holds the root appsettings.json, catalog/ and cards/, so the bot reads
/// the same configuration whether it is started from the repository root, from src/ChatOpsAdvisor
/// or from its build output.
/// </summary>
public static class ProjectRoot
{
    private const string Marker = "ChatOpsAdvisor.sln";

    public static string Locate(params string[] startingPoints)
    {
        foreach (var start in startingPoints)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        // A published deployment has no solution file: appsettings.json, catalog/ and cards/ are copied beside the binaries.
        return AppContext.BaseDirectory;
    }
}
