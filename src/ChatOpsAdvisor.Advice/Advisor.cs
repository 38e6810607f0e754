using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, UseCaseScoreTable> tables = new(StringComparer.Ordinal);

    public ModelCatalog Catalog { get; } = catalog;

    /// <summary>The use case's scores for every catalog model, computed on first use and kept with this catalog.</summary>
    public UseCaseScoreTable Scores(UseCase useCase)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        return tables.GetOrAdd(useCase.Id, _ => new UseCaseScoreTable(Catalog, useCase));
    }

    public Recommendation Advise(AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var useCase = Catalog.UseCase(request.UseCaseId)
            ?? throw new ArgumentException($"unknown use case \"{request.UseCaseId}\"", nameof(request));
        var scores = Scores(useCase);
        var estimateRequest = request.Estimate;
        var quickRule = QuickRule.For(request.Hardware.TotalMemoryGb, request.ContextTokens);
        var top = new TopCandidates(Math.Clamp(request.TopN, 1, AdviceRequest.MaxTopN));

        var tierTotals = new int[SizeTier.All.Count];
        var tierFits = new int[SizeTier.All.Count];
        var excluded = new List<Exclusion>();
        var eligible = 0;
        for (var i = 0; i < Catalog.Models.Count; i++)
        {
            var model = Catalog.Models[i];
            var tier = SizeTier.IndexFor(model.ParametersBillions, model.IsMixtureOfExperts);
            tierTotals[tier]++;
            if (!MemoryEstimator.Fits(model, estimateRequest, request.Hardware))
            {
                continue;
            }

            tierFits[tier]++;
            var reason = Exclude(model, request, useCase);
            if (reason is not null)
            {
                excluded.Add(new Exclusion(model, reason));
                continue;
            }

            eligible++;
            top.Offer(i, model, scores.Scores[i]);
        }

        var chosen = top.Ranked();
        var candidates = chosen.Select((c, rank) =>
        {
            var memory = MemoryEstimator.Estimate(Catalog.Models[c], estimateRequest, request.Hardware);
            var score = scores.Scores[c];
            var tied = chosen.Where(o => o != c && scores.Scores[o].TiedWith(score)).Select(o => Catalog.Models[o].Id).ToList();
            return new Candidate(rank + 1, Catalog.Models[c], memory, DecodeSpeed.TokensPerSecond(memory), score, tied);
        }).ToList();

        var ties = Ties(candidates);
        var tiers = SizeTier.All.Select((t, i) => new TierCount(t, tierFits[i], tierTotals[i])).ToList();
        var pitfalls = PitfallDetector.Detect(request, scores, candidates, ties, excluded, Catalog);
        return new Recommendation(request, useCase, quickRule, candidates, eligible, tiers, excluded, ties, pitfalls, Catalog.Version);
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
}
