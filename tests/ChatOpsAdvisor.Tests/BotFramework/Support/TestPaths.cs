namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>The repository root (the folder holding ChatOpsAdvisor.sln) and the fixtures under it.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Activities => Path.Combine(Root, "tests", "fixtures", "activities");

    public static string E2e => Path.Combine(Root, "tests", "e2e");

    public static string ActivityFixture(string name) => File.ReadAllText(Path.Combine(Activities, name + ".json"));

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
