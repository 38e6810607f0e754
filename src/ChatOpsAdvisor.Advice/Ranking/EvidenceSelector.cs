using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// Picks, per benchmark, the most trustworthy published score of a model: the instruct checkpoint
/// over a base one; an independent leaderboard over an independent harness over the vendor's card;
/// the model's native bf16 run over other precisions; then the latest.
/// </summary>
public static class EvidenceSelector
{
    public static Evidence? Select(CatalogModel model, UseCaseBenchmark weighting, ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(weighting);
        ArgumentNullException.ThrowIfNull(catalog);
        var benchmark = catalog.Benchmark(weighting.Benchmark);
        if (benchmark.IsPreference)
        {
            return model.Arena is { } arena ? FromArena(weighting, benchmark, arena) : null;
        }

        BenchmarkScore? best = null;
        var bestRank = int.MaxValue;
        foreach (var score in model.Scores)
        {
            if (score.Benchmark != benchmark.Id)
            {
                continue;
            }

            var rank = Rank(score, catalog);
            if (rank < bestRank || (rank == bestRank && Newer(score, best)))
            {
                best = score;
                bestRank = rank;
            }
        }

        return best is null ? null : FromScore(weighting, benchmark, best);
    }

    public static Evidence FromScore(UseCaseBenchmark weighting, Benchmark benchmark, BenchmarkScore score)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(score);
        var normalised = score.Scale == ScoreScales.Normalised;
        var comparable = normalised ? score.Value : Math.Max(0, (score.Value / 100 - benchmark.Chance) / (1 - benchmark.Chance) * 100);
        var items = score.Items ?? benchmark.Items;
        double? display = null;
        double? comparableHalfWidth = null;
        if (items is { } n)
        {
            display = NoiseBand.HalfWidth(score.Value, normalised, benchmark.Chance, n);
            comparableHalfWidth = normalised ? display : display / (1 - benchmark.Chance);
        }

        return new Evidence(weighting, benchmark, score, null, comparable, comparableHalfWidth, display, items);
    }

    /// <summary>Bradley–Terry: P(A beats anchor) = 1 / (1 + 10^((anchor − A)/400)) (FastChat elo_analysis.py).</summary>
    public static Evidence FromArena(UseCaseBenchmark weighting, Benchmark benchmark, ArenaRating arena)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(arena);
        var anchor = benchmark.AnchorRating ?? 1000;
        var p = WinRate(arena.Score, anchor);
        var ratingHalfWidth = (arena.CiPlus + arena.CiMinus) / 2;

        // The interval mapped through the slope of the logistic curve at the rating: dP/dR = ln(10)/400 · P(1−P).
        var slope = Math.Log(10) / 400 * p * (1 - p) * 100;
        return new Evidence(weighting, benchmark, null, arena, p * 100, ratingHalfWidth * slope, ratingHalfWidth, arena.Votes);
    }

    public static double WinRate(double rating, double opponent) => 1 / (1 + Math.Pow(10, (opponent - rating) / 400));

    private static int Rank(BenchmarkScore score, ModelCatalog catalog)
    {
        var checkpoint = score.Checkpoint == Checkpoints.Instruct ? 0 : 100;
        var kind = catalog.Source(score.Source)?.Kind switch
        {
            SourceKinds.Leaderboard => 0,
            SourceKinds.IndependentHarness => 10,
            SourceKinds.Vendor => 20,
            _ => 30,
        };
        var precision = score.Precision is null or "bfloat16" or "bf16" ? 0 : 1;
        return checkpoint + kind + precision;
    }

    private static bool Newer(BenchmarkScore candidate, BenchmarkScore? current) =>
        current is null || (candidate.Date ?? DateOnly.MinValue) > (current.Date ?? DateOnly.MinValue);
}
