using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Pitfalls;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice;

/// <summary>
/// Steps 1 and 2 of the method over a catalog: what fits the hardware and workload, then which of
/// those are strong at the use case, with ties within noise and the pitfalls that apply.
/// </summary>
public sealed class Advisor(ModelCatalog catalog)
{
    public ModelCatalog Catalog { get; } = catalog;

    public Recommendation Advise(AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var useCase = Catalog.UseCase(request.UseCaseId)
            ?? throw new ArgumentException($"unknown use case \"{request.UseCaseId}\"", nameof(request));
        var estimateRequest = request.Estimate;
        var quickRule = QuickRule.For(request.Hardware.TotalMemoryGb, request.ContextTokens);

        var tierTotals = new int[SizeTier.All.Count];
        var tierFits = new int[SizeTier.All.Count];
        var excluded = new List<Exclusion>();
        var scored = new List<(CatalogModel Model, MemoryEstimate Memory, UseCaseScore Score)>();
        foreach (var model in Catalog.Models)
        {
            var memory = MemoryEstimator.Estimate(model, estimateRequest, request.Hardware);
            var tier = TierIndex(model);
            tierTotals[tier]++;
            if (!memory.Fits)
            {
                excluded.Add(new Exclusion(model, ExclusionReasons.DoesNotFit));
                continue;
            }

            tierFits[tier]++;
            var reason = Exclude(model, request, useCase);
            if (reason is not null)
            {
                excluded.Add(new Exclusion(model, reason));
                continue;
            }

            scored.Add((model, memory, UseCaseScorer.Score(model, useCase, Catalog)));
        }

        // Well-evidenced models first, then by score; unscored last; smaller first among equals.
        scored.Sort(static (a, b) =>
        {
            var byEvidence = b.Score.HasEnoughEvidence.CompareTo(a.Score.HasEnoughEvidence);
            if (byEvidence != 0)
            {
                return byEvidence;
            }

            var byScore = (b.Score.Value ?? double.MinValue).CompareTo(a.Score.Value ?? double.MinValue);
            return byScore != 0 ? byScore : a.Model.ParametersBillions.CompareTo(b.Model.ParametersBillions);
        });

        var top = scored.Take(Math.Clamp(request.TopN, 1, AdviceRequest.MaxTopN)).ToList();
        var candidates = top.Select((c, i) => new Candidate(
            i + 1,
            c.Model,
            c.Memory,
            DecodeSpeed.TokensPerSecond(c.Memory),
            c.Score,
            top.Where(o => o.Model != c.Model && o.Score.TiedWith(c.Score)).Select(o => o.Model.Id).ToList())).ToList();

        var ties = Ties(candidates);
        var tiers = SizeTier.All.Select((t, i) => new TierCount(t, tierFits[i], tierTotals[i])).ToList();
        var pitfalls = PitfallDetector.Detect(request, useCase, candidates, ties, excluded, Catalog);
        return new Recommendation(request, useCase, quickRule, candidates, scored.Count, tiers, excluded, ties, pitfalls, Catalog.Version);
    }

    /// <summary>Per-benchmark ties between neighbouring candidates, from the same instrument only.</summary>
    public static IReadOnlyList<TieStatement> Ties(IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ties = new List<TieStatement>();
        for (var i = 0; i + 1 < candidates.Count; i++)
        {
            var a = candidates[i];
            var b = candidates[i + 1];
            foreach (var ea in a.Score.Evidence)
            {
                var eb = b.Score.Evidence.FirstOrDefault(e => e.Benchmark.Id == ea.Benchmark.Id);
                if (eb is not null && TieStatement.Compare(a.Model.DisplayName, ea, b.Model.DisplayName, eb) is { } tie)
                {
                    ties.Add(tie);
                }
            }
        }

        return ties;
    }

    private static string? Exclude(CatalogModel model, AdviceRequest request, UseCase useCase)
    {
        if (request.CommercialUseRequired && !model.License.AllowsCommercialUse)
        {
            return ExclusionReasons.Licence;
        }

        if (model.ContextLength is { } context && context < request.ContextTokens)
        {
            return ExclusionReasons.ContextTooShort;
        }

        return useCase.MaxParametersBillions is { } max && model.ParametersBillions > max ? ExclusionReasons.TooLargeForUseCase : null;
    }

    private static int TierIndex(CatalogModel model)
    {
        var tier = SizeTier.For(model.ParametersBillions, model.IsMixtureOfExperts);
        for (var i = 0; i < SizeTier.All.Count; i++)
        {
            if (ReferenceEquals(SizeTier.All[i], tier))
            {
                return i;
            }
        }

        return 0;
    }
}
