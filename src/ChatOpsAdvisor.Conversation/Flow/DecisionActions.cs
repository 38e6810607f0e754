using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Recording decisions and keeping their pinned cards true: accept, reject, supersede, revisit, refresh.</summary>
public sealed class DecisionActions(IDecisionLog log, TimeProvider time, ICustomEval? customEval = null)
{
    /// <summary>
    /// Records the first pick with the rationale. The idempotency key is the card the click came
    /// from (conversation, person, state version) or the typed message's activity id, so a retried
    /// or double-clicked submit returns the first record instead of making a second.
    /// </summary>
    public async Task<Reply> RecordAsync(TurnContext ctx, string? rationale, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = ctx.State;
        var chosen = s.PickedModels.Count > 0 ? s.PickedModels[0] : null;
        if (s.Step != Steps.Validation || chosen is null)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("record.not-ready.title"), ctx.T("record.not-ready.text"), showHelp: true));
        }

        var request = Inputs.Request(ctx, s);
        var r = ctx.Advisor.Advise(request);
        var model = ctx.Advisor.Catalog.FindModel(chosen)!;
        var turn = ctx.Turn;
        var decision = await log.RecordAsync(
            new NewDecision(
                turn.TenantId,
                new DecisionPlace(turn.ChannelKind, turn.ConversationId, turn.TeamId, turn.ChannelId),
                new DecisionActor(turn.UserId, turn.UserName),
                DecisionInputsOf(request),
                Snapshot(r),
                model.Id,
                string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim(),
                Reasons(ctx, r, model.Id),
                r.Pitfalls.Select(p => new PitfallSnapshot(p.Kind, p.Message)).ToList(),
                ctx.Advisor.Catalog.Version,
                s.SupersedesDecision,
                idempotencyKey),
            cancellationToken).ConfigureAwait(false);

        // The next decision starts from the same inputs; the superseding link is spent.
        ctx.MoveTo(Steps.Infrastructure);
        ctx.State = ctx.State with { Picked = null, SupersedesDecision = null };

        var updates = new List<CardUpdate>();
        if (decision.Supersedes is { } old && await log.GetAsync(turn.TenantId, old, cancellationToken).ConfigureAwait(false) is { Card: { } card } previous)
        {
            updates.Add(new CardUpdate(card, DecisionCard.Build(ctx, previous)));
        }

        return new Reply([DecisionCard.Build(ctx, decision)], updates);
    }

    /// <summary>Accept or reject: the status changes, the event is logged, and the pinned card is edited in place.</summary>
    public async Task<Reply> ChangeStatusAsync(TurnContext ctx, int number, string status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var turn = ctx.Turn;
        var current = await log.GetAsync(turn.TenantId, number, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return NotFound(ctx, number);
        }

        if (current.Status == DecisionStatuses.Superseded)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("decision.closed.title", number), ctx.T("decision.closed.text", number, current.SupersededBy ?? 0), showHelp: false));
        }

        var changed = await log.ChangeStatusAsync(turn.TenantId, number, status, new DecisionActor(turn.UserId, turn.UserName), null, cancellationToken).ConfigureAwait(false);
        if (changed is null)
        {
            return NotFound(ctx, number);
        }

        var card = DecisionCard.Build(ctx, changed);
        var updates = changed.Card is { } where ? new List<CardUpdate> { new(where, card) } : [];
        var notice = Notice.Build(ctx, ctx.T("decision.changed.title", number), ctx.T("decision.changed.text", number, ctx.T("decision.status." + status)), showHelp: false);
        return new Reply(changed.Card is null ? [notice, card] : [notice], updates);
    }

    /// <summary>Supersede: a new flow pre-filled with the same inputs; recording it marks this one "superseded by #N".</summary>
    public async Task<Reply> SupersedeAsync(TurnContext ctx, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var d = await log.GetAsync(ctx.Turn.TenantId, number, cancellationToken).ConfigureAwait(false);
        if (d is null)
        {
            return NotFound(ctx, number);
        }

        var gpu = d.Inputs.Gpu is { } name ? ctx.Advisor.Catalog.FindGpu(name) : null;
        ctx.State = ctx.State with
        {
            GpuMemoryGb = d.Inputs.GpuMemoryGb,
            GpuId = gpu?.Id,
            GpuCount = d.Inputs.GpuCount,
            Workload = d.Inputs.Workload,
            Precision = d.Inputs.Precision,
            ContextTokens = d.Inputs.ContextTokens,
            UseCaseId = d.Inputs.UseCase,
            CommercialUseRequired = d.Inputs.CommercialUseRequired,
            SupersedesDecision = number,
            Picked = null,
        };
        ctx.MoveTo(Steps.Benchmarks);
        var (card, _) = CandidatesStep.Answer(ctx);
        return Reply.Of(Notice.Build(ctx, ctx.T("supersede.title", number), ctx.T("supersede.text", number), showHelp: false), card);
    }

    /// <summary>Revisit: the same inputs ranked against today's catalog, and what changed since.</summary>
    public async Task<Reply> RevisitAsync(TurnContext ctx, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var turn = ctx.Turn;
        var d = await log.GetAsync(turn.TenantId, number, cancellationToken).ConfigureAwait(false);
        if (d is null)
        {
            return NotFound(ctx, number);
        }

        var changes = Revisit.Compare(ctx, d);
        await log.AppendEventAsync(
            new DecisionEvent(number, turn.TenantId, DecisionEventKinds.Revisited, new DecisionActor(turn.UserId, turn.UserName), time.GetUtcNow(), changes.Count == 0 ? "no changes" : string.Join(" | ", changes)),
            cancellationToken).ConfigureAwait(false);
        var view = new RevisitView(ctx.Language, ctx.State.Version, ctx.Labels, ctx.T("revisit.title", number), ctx.T("revisit.text", d.CatalogVersion, ctx.Advisor.Catalog.Version), changes, changes.Count > 0, ctx.T("revisit.no-changes"));
        return Reply.Of(new ReplyCard(CardTemplates.Revisit, view, view.Title));
    }

    public async Task<Reply> ShowAsync(TurnContext ctx, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var d = await log.GetAsync(ctx.Turn.TenantId, number, cancellationToken).ConfigureAwait(false);
        return d is null ? NotFound(ctx, number) : Reply.Of(DecisionCard.Build(ctx, d) with { Tag = null });
    }

    public async Task<Reply> HistoryAsync(TurnContext ctx, string filter, int offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(filter);
        const int PageSize = 10;
        var turn = ctx.Turn;
        var catalog = ctx.Advisor.Catalog;
        var f = filter.Trim();
        var useCase = f.Length > 0 ? catalog.FindUseCase(f) : null;
        var model = f.Length > 0 && useCase is null ? catalog.FindModel(f) : null;
        var query = new DecisionQuery(
            turn.TenantId,
            ConversationId: f.Length == 0 && turn.TeamId is null ? turn.ConversationId : null,
            TeamId: f.Length == 0 ? turn.TeamId : null,
            UseCase: useCase?.Id,
            Model: model?.Id,
            Person: f.Length > 0 && useCase is null && model is null ? f : null,
            Offset: Math.Max(0, offset),
            Limit: PageSize);
        var page = await log.HistoryAsync(query, cancellationToken).ConfigureAwait(false);
        var items = page.Records.Select(d => new FactView(
            ctx.T("history.item.title", d.Number, d.ChosenModel, ctx.T("decision.status." + d.Status)),
            ctx.T("history.item.text", catalog.UseCase(d.Inputs.UseCase)?.Name.For(ctx.Language) ?? d.Inputs.UseCase, TurnContext.N(d.Inputs.GpuMemoryGb * d.Inputs.GpuCount), d.DecidedBy.Name ?? d.DecidedBy.Id, d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).ToList();
        var text = page.Total == 0 ? ctx.T("history.empty") : ctx.T("history.text", query.Offset + 1, query.Offset + items.Count, page.Total);
        var view = new HistoryView(
            ctx.Language, ctx.State.Version, ctx.Labels, f.Length == 0 ? ctx.T("history.title") : ctx.T("history.title.filtered", Inputs.Clip(f)), text, items,
            query.Offset > 0, query.Offset + items.Count < page.Total, Math.Max(0, query.Offset - PageSize), query.Offset + PageSize, f);
        return Reply.Of(new ReplyCard(CardTemplates.History, view, text));
    }

    /// <summary>
    /// validate [n]: runs the team's eval set against the configured endpoints and attaches the result
    /// to decision #n, or to the latest decision of this conversation.
    /// </summary>
    public async Task<Reply> ValidateAsync(TurnContext ctx, int? number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (customEval is not { IsConfigured: true })
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("validate.title"), ctx.T("validate.not-configured"), showHelp: false));
        }

        var turn = ctx.Turn;
        DecisionRecord? target;
        if (number is { } n)
        {
            target = await log.GetAsync(turn.TenantId, n, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var latest = await log.HistoryAsync(new DecisionQuery(turn.TenantId, ConversationId: turn.ConversationId, Limit: 1), cancellationToken).ConfigureAwait(false);
            target = latest.Records.Count > 0 ? latest.Records[0] : null;
        }
        if (number is not null && target is null)
        {
            return NotFound(ctx, number.Value);
        }

        var summary = await customEval.RunAsync(cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("validate.title"), ctx.T("validate.result", summary), showHelp: false));
        }

        await log.AttachValidationAsync(turn.TenantId, target.Number, summary, new DecisionActor(turn.UserId, turn.UserName), cancellationToken).ConfigureAwait(false);
        var updated = await log.GetAsync(turn.TenantId, target.Number, cancellationToken).ConfigureAwait(false) ?? target;
        var card = DecisionCard.Build(ctx, updated);
        var updates = updated.Card is { } where ? new List<CardUpdate> { new(where, card) } : [];
        return new Reply([Notice.Build(ctx, ctx.T("validate.title"), ctx.T("validate.attached", summary, target.Number), showHelp: false)], updates);
    }

    private static Reply NotFound(TurnContext ctx, int number) =>
        Reply.Of(Notice.Build(ctx, ctx.T("decision.not-found.title"), ctx.T("decision.not-found.text", number), showHelp: false));

    private static DecisionInputs DecisionInputsOf(AdviceRequest r) => new(
        r.Hardware.MemoryPerGpuGb, r.Hardware.GpuCount, r.Hardware.Gpu?.Name, r.Workload.Id(), r.Estimate.BaseWeights.Id, r.ContextTokens, r.UseCaseId, r.CommercialUseRequired);

    private static List<CandidateSnapshot> Snapshot(Recommendation r) =>
        r.Candidates.Select(c => new CandidateSnapshot(
            c.Rank,
            c.Model.Id,
            c.Model.ParametersBillions,
            c.Score.Value is { } v ? Math.Round(v, 2) : null,
            c.Score.HalfWidth is { } h ? Math.Round(h, 2) : null,
            Math.Round(c.Memory.PerGpu.TotalGb, 2),
            c.TokensPerSecond is { } t ? Math.Round(t) : null,
            c.Model.License.Name,
            c.Score.Evidence.Select(e => $"{e.Benchmark.Id}={e.PublishedValue.ToString("0.##", CultureInfo.InvariantCulture)} ({e.Source}{(e.Date is { } date ? ", " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)})").ToList())).ToList();

    private static List<string> Reasons(TurnContext ctx, Recommendation r, string chosen)
    {
        var c = r.Candidates.FirstOrDefault(x => x.Model.Id == chosen);
        if (c is null)
        {
            return [ctx.T("reason.not-in-top", chosen)];
        }

        var reasons = new List<string>
        {
            ctx.T("reason.rank", c.Rank, r.Candidates.Count, r.FittingCount, c.Score.Value is { } v ? TurnContext.N(v, "0.0") : "—"),
            ctx.T("reason.memory", TurnContext.N(c.Memory.PerGpu.TotalGb, "0.0"), TurnContext.N(c.Memory.HeadroomGb, "0.0")),
        };
        if (c.TiedWith.Count > 0)
        {
            reasons.Add(ctx.T("reason.tied", string.Join(", ", c.TiedWith)));
        }

        return reasons;
    }
}
