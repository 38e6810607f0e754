namespace ChatOpsAdvisor.Testing;

/// <summary>Where the repository and the read-only shared references are, from any test's working folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog");

    public static string Cards => Path.Combine(Root, "cards");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The shared reference folder beside the repository (read-only; never copied in).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatOpsAdvisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatOpsAdvisor.sln not found above " + AppContext.BaseDirectory);
    }
}
