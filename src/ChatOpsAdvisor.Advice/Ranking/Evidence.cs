using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// The score chosen as evidence for one benchmark of a use case, put on a common 0–100 scale:
/// accuracies as points above chance (the Open LLM Leaderboard normalisation), Arena ratings as the
/// expected win rate against the Arena's anchor model.
/// </summary>
public sealed record Evidence(
    UseCaseBenchmark Weighting,
    Benchmark Benchmark,
    BenchmarkScore? Score,
    ArenaRating? Arena,
    double Comparable,
    double? ComparableHalfWidth,
    double? DisplayHalfWidth,
    int? Items)
{
    public bool IsBaseCheckpoint => Score?.Checkpoint == Checkpoints.Base;

    /// <summary>The value as the source published it (a score in points, or an Arena rating).</summary>
    public double PublishedValue => Score?.Value ?? Arena!.Score;

    public string Source => Score?.Source ?? Arena!.Source;

    public DateOnly? Date => Score?.Date ?? Arena?.Date;

    /// <summary>Same benchmark, same source, same scale and checkpoint kind: the two numbers can be compared.</summary>
    public bool SameInstrumentAs(Evidence other) =>
        Benchmark.Id == other.Benchmark.Id
        && Source == other.Source
        && Score?.Scale == other.Score?.Scale
        && Score?.Checkpoint == other.Score?.Checkpoint;
}
