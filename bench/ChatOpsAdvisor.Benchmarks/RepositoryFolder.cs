namespace ChatOpsAdvisor.Benchmarks;

/// <summary>The repository the benchmarks run from (they read its catalog/ and cards/).</summary>
public static class RepositoryFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "catalog", "models.json")) && File.Exists(Path.Combine(dir.FullName, "ChatOpsAdvisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
