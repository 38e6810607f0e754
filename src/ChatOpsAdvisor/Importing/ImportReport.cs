namespace ChatOpsAdvisor.Importing;

/// <summary>What an import did: counts, and every row it skipped with the file and line.</summary>
public sealed class ImportReport
{
    private readonly List<string> skipped = [];

    public int LeaderboardRows { get; set; }

    public int ArenaRows { get; set; }

    public int ConfigEntries { get; set; }

    public int ModelsAdded { get; set; }

    public int ModelsUpdated { get; set; }

    public int ScoresAdded { get; set; }

    public int ArenaMatched { get; set; }

    public int ArchitecturesAdded { get; set; }

    public int ParametersOnly { get; set; }

    public IReadOnlyList<string> Skipped => skipped;

    public void Skip(string file, int line, string reason) => skipped.Add($"{Path.GetFileName(file)}:{line}: {reason}");

    public void Skip(string file, string entry, string reason) => skipped.Add($"{Path.GetFileName(file)}: {entry}: {reason}");
}
