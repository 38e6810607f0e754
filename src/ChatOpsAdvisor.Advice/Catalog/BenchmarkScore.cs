namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>One published score, with the instrument that produced it.</summary>
public sealed record BenchmarkScore(
    string Benchmark,
    double Value,
    string Scale,
    string Source,
    DateOnly? Date,
    string? Harness,
    string? Precision,
    string Checkpoint,
    string? CheckpointId,
    int? Items);

public static class ScoreScales
{
    /// <summary>(raw − chance) ÷ (1 − chance) × 100, as the Open LLM Leaderboard v2 reports.</summary>
    public const string Normalised = "normalised";

    /// <summary>Percent correct.</summary>
    public const string Raw = "raw";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Normalised, Raw };
}

public static class Checkpoints
{
    public const string Instruct = "instruct";
    public const string Base = "base";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Instruct, Base };
}

/// <summary>A Chatbot Arena (LMArena) Bradley–Terry rating with its published 95% interval.</summary>
public sealed record ArenaRating(double Score, double CiPlus, double CiMinus, int Votes, string ArenaName, DateOnly? Date, string Source)
{
    public double Lower => Score - CiMinus;

    public double Upper => Score + CiPlus;

    public bool Overlaps(ArenaRating other) => Lower <= other.Upper && other.Lower <= Upper;
}
