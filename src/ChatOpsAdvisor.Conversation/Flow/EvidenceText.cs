using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Pitfalls;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Scores, ties and pitfalls worded in the reader's language, each with its source.</summary>
public static class EvidenceText
{
    public static ScoreView Score(TurnContext ctx, Evidence e)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(e);
        var catalog = ctx.Advisor.Catalog;
        var value = e.Arena is { } a
            ? ctx.T("score.arena", TurnContext.N(a.Score, "0"), TurnContext.N(a.Lower, "0"), TurnContext.N(a.Upper, "0"), a.Votes.ToString("N0", CultureInfo.InvariantCulture))
            : e.DisplayHalfWidth is { } h
                ? ctx.T("score.value", TurnContext.N(e.PublishedValue, "0.0"), TurnContext.N(h, "0.0"), e.Items?.ToString("N0", CultureInfo.InvariantCulture))
                : ctx.T("score.value-unknown-n", TurnContext.N(e.PublishedValue, "0.0"));
        var source = catalog.Source(e.Source)?.Title ?? e.Source;
        var date = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ctx.T("score.undated");
        var scale = e.Score?.Scale == ScoreScales.Normalised ? ctx.T("score.normalised") : string.Empty;
        var checkpoint = e.IsBaseCheckpoint ? ctx.T("score.base", e.Score!.CheckpointId ?? "base") : string.Empty;
        return new ScoreView(e.Benchmark.Name, value, ctx.T("score.source", source, date, scale, checkpoint).Trim());
    }

    public static string Tie(TurnContext ctx, TieStatement tie)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(tie);
        return tie.IsArena
            ? ctx.T("tie.arena", tie.Leader, TurnContext.N(tie.LeaderValue, "0"), tie.Follower, TurnContext.N(tie.FollowerValue, "0"))
            : ctx.T("tie.points", tie.Leader, tie.Follower, TurnContext.N(tie.Gap, "0.0"), tie.Benchmark, tie.Items?.ToString("N0", CultureInfo.InvariantCulture) ?? "?", TurnContext.N(tie.HalfWidth, "0.0"));
    }

    /// <summary>A pitfall in the reader's language; English uses the engine's own wording.</summary>
    public static PitfallView Pitfall(TurnContext ctx, Pitfall p, Recommendation r)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(r);
        var kind = ctx.T("pitfall-kind." + p.Kind);
        if (ctx.Language == "en")
        {
            return new PitfallView(kind, p.Message);
        }

        var args = p.MessageKey switch
        {
            "noise.ties" => [string.Join(" / ", r.Ties.Take(3).Select(t => Tie(ctx, t)))],
            "weak-base.general" => [p.Args[0], r.UseCase.Name.Ja, p.Args[2]],
            _ => p.Args.Cast<object?>().ToArray(),
        };
        return new PitfallView(kind, ctx.T("pitfall." + p.MessageKey, args));
    }

    public static string License(TurnContext ctx, License l)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(l);
        return ctx.T("license.summary", l.Name, ctx.T("commercial." + l.CommercialUse));
    }
}
