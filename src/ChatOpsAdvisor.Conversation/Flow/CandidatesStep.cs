using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Step 2: the candidates that fit, their evidence with sources and bands, ties, why, pitfalls.</summary>
public static class CandidatesStep
{
    public const int MaxPitfallsShown = 8;

    public static (ReplyCard Card, Recommendation Recommendation) Answer(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var request = Inputs.Request(ctx, ctx.State);
        var r = ctx.Advisor.Advise(request);
        ctx.State = ctx.State with { ShownCandidates = r.Candidates.Select(c => c.Model.Id).ToList() };

        var useCase = r.UseCase;
        var candidates = r.Candidates.Select(c => Candidate(ctx, c, r)).ToList();
        var view = new CandidatesView(
            ctx.Language,
            ctx.State.Version,
            ctx.Labels,
            ctx.T("candidates.title", useCase.Name.For(ctx.Language)),
            ctx.T("candidates.subtitle", r.Candidates.Count, r.FittingCount, InfrastructureStep.Describe(ctx, ctx.State)),
            candidates,
            useCase.Benchmarks.Select(b => new FactView(ctx.Advisor.Catalog.Benchmark(b.Benchmark).Name, b.Why.For(ctx.Language))).ToList(),
            r.Ties.Select(t => EvidenceText.Tie(ctx, t)).ToList(),
            r.Pitfalls.Take(MaxPitfallsShown).Select(p => EvidenceText.Pitfall(ctx, p, r)).ToList(),
            r.Candidates.Select(c => new ChoiceView($"{c.Rank}. {c.Model.DisplayName}", c.Model.Id)).ToList(),
            ctx.T("candidates.pick-hint"),
            r.Candidates.Count > 0,
            r.Ties.Count > 0,
            ctx.T("candidates.empty"));
        var fallback = r.Candidates.Count == 0
            ? ctx.T("candidates.empty")
            : ctx.T("candidates.fallback", string.Join(", ", r.Candidates.Select(c => $"{c.Rank}. {c.Model.DisplayName}")));
        return (new ReplyCard(CardTemplates.Candidates, view, fallback), r);
    }

    private static CandidateView Candidate(TurnContext ctx, Candidate c, Recommendation r)
    {
        var m = c.Memory;
        var tied = c.TiedWith.Select(id => r.Candidates.First(o => o.Model.Id == id).Model.DisplayName).ToList();
        var confidence = ctx.T(
            "candidates.confidence",
            ctx.T("confidence." + c.Score.Confidence.ToString().ToLowerInvariant()),
            c.Score.Evidence.Count,
            r.UseCase.Benchmarks.Count,
            c.Score.Value is { } v ? TurnContext.N(v, "0.0") : "—",
            c.Score.HalfWidth is { } h ? TurnContext.N(h, "0.0") : "?");
        return new CandidateView(
            c.Rank.ToString(CultureInfo.InvariantCulture),
            c.Model.DisplayName,
            c.Model.Id,
            ctx.T("candidates.size", TurnContext.N(c.Model.ParametersBillions), c.Tier.Name, c.Model.ContextLength?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"),
            Bar(m.UsedShare),
            ctx.T("candidates.memory", TurnContext.N(m.PerGpu.TotalGb, "0.0"), TurnContext.N(m.Hardware.MemoryPerGpuGb), TurnContext.N(m.HeadroomGb, "0.0")) + (m.KvCacheIsUpperBound ? " " + ctx.T("candidates.kv-upper-bound") : string.Empty),
            c.TokensPerSecond is { } tps ? ctx.T("candidates.speed", TurnContext.N(tps, "0")) : ctx.T("candidates.speed-unknown"),
            EvidenceText.License(ctx, c.Model.License),
            c.Model.License.Url ?? string.Empty,
            confidence,
            c.Score.Evidence.Select(e => EvidenceText.Score(ctx, e))
                .Concat(c.Score.Missing.Select(b => new ScoreView(ctx.Advisor.Catalog.Benchmark(b.Benchmark).Name, ctx.T("score.missing"), "—")))
                .ToList(),
            tied.Count > 0 ? ctx.T("candidates.tied", string.Join(", ", tied)) : null,
            tied.Count > 0);
    }

    /// <summary>The memory budget as a bar: ████████░░ 76%.</summary>
    public static string Bar(double share, int width = 10)
    {
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * width);
        return new string('█', filled) + new string('░', width - filled) + " " + Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
