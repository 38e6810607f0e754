using System.Globalization;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice.Pitfalls;

/// <summary>
/// The method's pitfalls as rules over a recommendation (shared/reference/domain.md §g): noise,
/// contamination, what leaderboards do not measure, licences, context, quantisation, weak bases for
/// fine-tuning, and smaller models that match larger ones.
/// </summary>
public static class PitfallDetector
{
    /// <summary>A use-case score below this share of the best candidate's marks a weak base for fine-tuning.</summary>
    public const double WeakBaseShareOfBest = 0.6;

    /// <summary>Percentile gap between static benchmarks and the Arena that suggests overfitting.</summary>
    public const int ArenaGapPercentile = 35;

    /// <summary>Points (0–100, above chance) by which vendor and leaderboard may differ before it is worth a warning.</summary>
    public const double HarnessGapPoints = 10;

    public static IReadOnlyList<Pitfall> Detect(
        AdviceRequest request,
        UseCaseScoreTable scores,
        IReadOnlyList<Candidate> candidates,
        IReadOnlyList<TieStatement> ties,
        IReadOnlyList<Exclusion> excluded,
        ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(scores);
        var useCase = scores.UseCase;
        var pitfalls = new List<Pitfall>();
        Noise(ties, pitfalls);
        Contamination(candidates, scores, catalog, pitfalls);
        Unmeasured(candidates, pitfalls);
        Licences(candidates, excluded, pitfalls);
        Context(request, candidates, excluded, pitfalls);
        Quantisation(request, candidates, pitfalls);
        WeakBase(request, useCase, candidates, pitfalls);
        SmallerModel(candidates, pitfalls);
        Evidence(useCase, candidates, pitfalls);
        return pitfalls;
    }

    public static void Noise(IReadOnlyList<TieStatement> ties, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(ties);
        if (ties.Count > 0)
        {
            var models = ties.SelectMany(t => new[] { t.Leader, t.Follower }).Distinct().ToList();
            pitfalls.Add(new Pitfall(PitfallKinds.Noise, "noise.ties", [string.Join("; ", ties.Take(3).Select(t => t.Text))], models));
        }
    }

    public static void Contamination(IReadOnlyList<Candidate> candidates, UseCaseScoreTable scores, ModelCatalog catalog, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var useCase = scores.UseCase;
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var c in candidates)
        {
            var name = c.Model.DisplayName;
            if (c.Model.Flags.Flagged || c.Model.Flags.Merged)
            {
                pitfalls.Add(new Pitfall(PitfallKinds.Contamination, "contamination.flagged", [name], [c.Model.Id]));
            }

            foreach (var anomaly in c.Model.Flags.EvaluationAnomalies)
            {
                pitfalls.Add(new Pitfall(PitfallKinds.Contamination, "contamination.anomaly", [name, anomaly], [c.Model.Id]));
            }

            HarnessDisagreement(c.Model, useCase, catalog, pitfalls);
        }

        ArenaGap(candidates, scores, pitfalls);
    }

    public static void Unmeasured(IReadOnlyList<Candidate> candidates, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return;
        }

        var estimates = string.Join("; ", candidates.Take(3).Select(c => c.TokensPerSecond is { } tps
            ? string.Create(CultureInfo.InvariantCulture, $"{c.Model.DisplayName} {c.Memory.PerGpu.TotalGb:0.0} GB, ~{tps:0} tokens/s")
            : string.Create(CultureInfo.InvariantCulture, $"{c.Model.DisplayName} {c.Memory.PerGpu.TotalGb:0.0} GB")));
        pitfalls.Add(new Pitfall(PitfallKinds.Unmeasured, "unmeasured.general", [estimates], candidates.Select(c => c.Model.Id).ToList()));
    }

    public static void Licences(IReadOnlyList<Candidate> candidates, IReadOnlyList<Exclusion> excluded, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(excluded);
        foreach (var c in candidates)
        {
            var l = c.Model.License;
            var name = c.Model.DisplayName;
            var url = l.Url ?? "(no link in the catalog)";
            switch (l.CommercialUse)
            {
                case CommercialUseKinds.No:
                    pitfalls.Add(new Pitfall(PitfallKinds.Licence, "licence.non-commercial", [name, l.Name], [c.Model.Id]));
                    break;
                case CommercialUseKinds.Conditional:
                    pitfalls.Add(new Pitfall(PitfallKinds.Licence, "licence.conditional", [name, l.Name, string.Join("; ", l.Conditions), url], [c.Model.Id]));
                    break;
                case CommercialUseKinds.Unverified:
                    pitfalls.Add(new Pitfall(PitfallKinds.Licence, "licence.unverified", [name, l.Name, url], [c.Model.Id]));
                    break;
            }
        }

        var byLicence = excluded.Where(e => e.Reason == ExclusionReasons.Licence).ToList();
        if (byLicence.Count > 0)
        {
            pitfalls.Add(new Pitfall(PitfallKinds.Licence, "licence.excluded", [byLicence.Count.ToString(CultureInfo.InvariantCulture)], byLicence.Select(e => e.Model.Id).ToList()));
        }
    }

    public static void Context(AdviceRequest request, IReadOnlyList<Candidate> candidates, IReadOnlyList<Exclusion> excluded, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(excluded);
        var tokens = request.ContextTokens.ToString(CultureInfo.InvariantCulture);
        var tooShort = excluded.Where(e => e.Reason == ExclusionReasons.ContextTooShort).ToList();
        if (tooShort.Count > 0)
        {
            pitfalls.Add(new Pitfall(PitfallKinds.Context, "context.excluded", [tooShort.Count.ToString(CultureInfo.InvariantCulture), tokens], tooShort.Select(e => e.Model.Id).ToList()));
        }

        foreach (var c in candidates.Where(c => c.Model.ContextLength is null))
        {
            pitfalls.Add(new Pitfall(PitfallKinds.Context, "context.unknown", [c.Model.DisplayName, tokens], [c.Model.Id]));
        }
    }

    public static void Quantisation(AdviceRequest request, IReadOnlyList<Candidate> candidates, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        var weights = request.Estimate.BaseWeights;
        if (weights.IsQuantised && candidates.Count > 0)
        {
            pitfalls.Add(new Pitfall(PitfallKinds.Quantisation, "quantisation.general", [weights.Name], candidates.Select(c => c.Model.Id).ToList()));
        }
    }

    public static void WeakBase(AdviceRequest request, UseCase useCase, IReadOnlyList<Candidate> candidates, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(useCase);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!request.Workload.IsFineTuning())
        {
            return;
        }

        var best = candidates.Select(c => c.Score.Value ?? 0).DefaultIfEmpty(0).Max();
        foreach (var c in candidates)
        {
            if (c.Score is { HasEnoughEvidence: true, Value: { } v } && best > 0 && v < WeakBaseShareOfBest * best)
            {
                pitfalls.Add(new Pitfall(
                    PitfallKinds.WeakBase,
                    "weak-base.general",
                    [c.Model.DisplayName, useCase.Name.En, v.ToString("0.0", CultureInfo.InvariantCulture)],
                    [c.Model.Id]));
            }
        }
    }

    public static void SmallerModel(IReadOnlyList<Candidate> candidates, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var larger in candidates)
        {
            var smaller = candidates
                .Where(s => s.Model.ParametersBillions <= 0.6 * larger.Model.ParametersBillions
                    && s.Score.Value is not null && larger.Score.Value is not null
                    && (s.Score.Value >= larger.Score.Value || s.Score.TiedWith(larger.Score)))
                .OrderBy(s => s.Model.ParametersBillions)
                .FirstOrDefault();
            if (smaller is not null)
            {
                pitfalls.Add(new Pitfall(
                    PitfallKinds.SmallerModel,
                    "smaller-model.general",
                    [smaller.Model.DisplayName, Billions(smaller.Model), larger.Model.DisplayName, Billions(larger.Model)],
                    [smaller.Model.Id, larger.Model.Id]));
                return;
            }
        }
    }

    public static void Evidence(UseCase useCase, IReadOnlyList<Candidate> candidates, List<Pitfall> pitfalls)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var c in candidates)
        {
            var baseIds = c.Score.Evidence.Where(e => e.IsBaseCheckpoint).Select(e => e.Score!.CheckpointId ?? "base").Distinct().ToList();
            if (baseIds.Count > 0)
            {
                pitfalls.Add(new Pitfall(PitfallKinds.BaseCheckpointEvidence, "base-checkpoint-evidence.general", [c.Model.DisplayName, string.Join(", ", baseIds)], [c.Model.Id]));
            }

            if (c.Score.Missing.Count > 0)
            {
                var missing = string.Join(", ", c.Score.Missing.Select(m => m.Benchmark));
                pitfalls.Add(new Pitfall(PitfallKinds.MissingEvidence, "missing-evidence.general", [c.Model.DisplayName, missing], [c.Model.Id]));
            }
        }
    }

    private static void HarnessDisagreement(CatalogModel model, UseCase useCase, ModelCatalog catalog, List<Pitfall> pitfalls)
    {
        foreach (var weighting in useCase.Benchmarks)
        {
            if (!catalog.TryGetBenchmark(weighting.Benchmark, out var benchmark) || benchmark.IsPreference)
            {
                continue;
            }

            BenchmarkScore? vendor = null, board = null;
            foreach (var s in model.Scores)
            {
                if (s.Benchmark != benchmark.Id || s.Checkpoint != Checkpoints.Instruct)
                {
                    continue;
                }

                var kind = catalog.Source(s.Source)?.Kind;
                if (kind == SourceKinds.Vendor)
                {
                    vendor ??= s;
                }
                else if (kind == SourceKinds.Leaderboard)
                {
                    board ??= s;
                }
            }

            if (vendor is null || board is null)
            {
                continue;
            }

            var v = EvidenceSelector.FromScore(weighting, benchmark, vendor);
            var b = EvidenceSelector.FromScore(weighting, benchmark, board);
            var band = NoiseBand.CombinedHalfWidth(v.ComparableHalfWidth ?? 0, b.ComparableHalfWidth ?? 0);
            if (Math.Abs(v.Comparable - b.Comparable) > Math.Max(HarnessGapPoints, band))
            {
                pitfalls.Add(new Pitfall(
                    PitfallKinds.Contamination,
                    "contamination.harness",
                    [model.DisplayName, Points(vendor.Value), benchmark.Name, Points(board.Value)],
                    [model.Id]));
            }
        }
    }

    /// <summary>Static-benchmark percentile far above Arena percentile, among catalog models with both.</summary>
    private static void ArenaGap(IReadOnlyList<Candidate> candidates, UseCaseScoreTable scores, List<Pitfall> pitfalls)
    {
        foreach (var c in candidates)
        {
            if (scores.Percentiles(c.Model.Id) is { } p && p.Static - p.Arena >= ArenaGapPercentile)
            {
                pitfalls.Add(new Pitfall(
                    PitfallKinds.Contamination,
                    "contamination.arena-gap",
                    [c.Model.DisplayName, p.Static.ToString(CultureInfo.InvariantCulture), p.Arena.ToString(CultureInfo.InvariantCulture)],
                    [c.Model.Id]));
            }
        }
    }

    private static string Billions(CatalogModel m) => m.ParametersBillions.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Points(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
