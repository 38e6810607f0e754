using System.Globalization;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>The decision record card people pin: built from the record as it is now.</summary>
public static class DecisionCard
{
    public const int MaxCandidatesShown = 5;
    public const int MaxPitfallsShown = 5;

    public static string Tag(int number) => "decision:" + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseTag(string tag, out int number)
    {
        ArgumentNullException.ThrowIfNull(tag);
        number = 0;
        return tag.StartsWith("decision:", StringComparison.Ordinal)
            && int.TryParse(tag.AsSpan(9), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
    }

    public static ReplyCard Build(TurnContext ctx, DecisionRecord d)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(d);
        var i = d.Inputs;
        var useCase = ctx.Advisor.Catalog.UseCase(i.UseCase)?.Name.For(ctx.Language) ?? i.UseCase;
        var hardware = i.Gpu is null
            ? ctx.T("hardware.memory", i.GpuCount, TurnContext.N(i.GpuMemoryGb))
            : ctx.T("hardware.named", i.GpuCount, i.Gpu, TurnContext.N(i.GpuMemoryGb));
        var status = d.Status switch
        {
            DecisionStatuses.Superseded when d.SupersededBy is { } by => ctx.T("decision.status.superseded-by", by),
            _ => ctx.T("decision.status." + d.Status),
        };
        var facts = new List<FactView>
        {
            new(ctx.T("decision.fact.chosen"), d.ChosenModel),
            new(ctx.T("decision.fact.use-case"), useCase),
            new(ctx.T("decision.fact.hardware"), ctx.T("decision.fact.hardware.value", hardware, ctx.T("workload." + i.Workload), i.Precision, i.ContextTokens.ToString("N0", CultureInfo.InvariantCulture))),
            new(ctx.T("decision.fact.by"), ctx.T("decision.fact.by.value", d.DecidedBy.Name ?? d.DecidedBy.Id, d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))),
            new(ctx.T("decision.fact.catalog"), d.CatalogVersion),
        };
        if (d.Supersedes is { } old)
        {
            facts.Add(new FactView(ctx.T("decision.fact.supersedes"), "#" + old.ToString(CultureInfo.InvariantCulture)));
        }

        if (d.ValidationResult is { Length: > 0 } validation)
        {
            facts.Add(new FactView(ctx.T("decision.fact.validation"), validation));
        }

        var candidates = d.Candidates.Take(MaxCandidatesShown).Select(c => ctx.T(
            "decision.candidate",
            c.Rank,
            c.Model,
            c.Score is { } s ? TurnContext.N(s, "0.0") : "—",
            c.ScoreHalfWidth is { } h ? TurnContext.N(h, "0.0") : "?",
            TurnContext.N(c.MemoryPerGpuGb, "0.0"))).ToList();
        var view = new DecisionRecordView(
            ctx.Language,
            ctx.State.Version,
            ctx.Labels,
            d.Number,
            ctx.T("decision.title", d.Number, d.ChosenModel),
            status,
            d.Status switch
            {
                DecisionStatuses.Accepted => "Good",
                DecisionStatuses.Rejected => "Attention",
                DecisionStatuses.Superseded => "Warning",
                _ => "Accent",
            },
            facts,
            string.IsNullOrWhiteSpace(d.Rationale) ? ctx.T("decision.no-rationale") : d.Rationale!,
            candidates,
            d.Pitfalls.Take(MaxPitfallsShown).Select(p => p.Message).ToList(),
            d.Status is DecisionStatuses.Proposed or DecisionStatuses.Accepted,
            d.Status is DecisionStatuses.Proposed,
            Verbs.RefreshDecision,
            [d.DecidedBy.Id]);
        return new ReplyCard(CardTemplates.DecisionRecord, view, ctx.T("decision.fallback", d.Number, d.ChosenModel, status), Tag(d.Number));
    }
}
