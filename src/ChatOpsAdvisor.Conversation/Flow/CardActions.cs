using System.Globalization;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// Card buttons (Action.Submit data, Action.Execute verbs, Slack block actions). Inputs may be
/// missing, extra or forged: each is checked; a click on an older step's card is refused politely.
/// </summary>
public sealed class CardActions(TurnContext ctx, DecisionActions decisions)
{
    public Task<Reply> HandleAsync(string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var values = ctx.Turn.Values;
        if (!Verbs.All.Contains(verb))
        {
            return Done(Reply.Of(IntroCards.Help(ctx, ctx.T("help.unknown-action"))));
        }

        if (Verbs.StepBound.Contains(verb) && !FromCurrentCard(values))
        {
            return Done(StepCards.OldCard(ctx));
        }

        return verb switch
        {
            Verbs.Start => Done(Reply.Of(InfrastructureStep.Form(ctx))),
            Verbs.Help => Done(Reply.Of(IntroCards.Help(ctx))),
            Verbs.Restart => Done(StepCards.Restart(ctx)),
            Verbs.Back => Done(StepCards.Back(ctx)),
            Verbs.SetInfrastructure => Done(SetInfrastructure(values)),
            Verbs.SetUseCase => Done(SetUseCase(values)),
            Verbs.Pick => Done(Pick(values)),
            Verbs.Record => decisions.RecordAsync(ctx, Get(values, InputIds.Rationale), $"card:{ctx.Turn.ConversationId}:{ctx.Turn.UserId}:{ctx.State.Version}", cancellationToken),
            Verbs.History => decisions.HistoryAsync(ctx, Get(values, InputIds.Filter) ?? string.Empty, Number(values, InputIds.Offset) ?? 0, cancellationToken),
            _ => DecisionVerb(verb, values, cancellationToken),
        };
    }

    private Task<Reply> DecisionVerb(string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (Number(values, InputIds.Decision) is not { } number || number < 1)
        {
            return Done(Reply.Of(IntroCards.Help(ctx, ctx.T("help.unknown-action"))));
        }

        return verb switch
        {
            Verbs.Accept => decisions.ChangeStatusAsync(ctx, number, DecisionStatuses.Accepted, cancellationToken),
            Verbs.Reject => decisions.ChangeStatusAsync(ctx, number, DecisionStatuses.Rejected, cancellationToken),
            Verbs.Supersede => decisions.SupersedeAsync(ctx, number, cancellationToken),
            Verbs.Revisit => decisions.RevisitAsync(ctx, number, cancellationToken),
            _ => decisions.ShowAsync(ctx, number, cancellationToken),
        };
    }

    private Reply SetInfrastructure(IReadOnlyDictionary<string, string> values)
    {
        var problem = Inputs.Apply(
            ctx,
            Get(values, InputIds.GpuMemory),
            Get(values, InputIds.GpuName),
            Get(values, InputIds.GpuCount),
            Get(values, InputIds.Workload),
            Get(values, InputIds.Context),
            Get(values, InputIds.Precision));
        if (problem is not null)
        {
            return Reply.Of(InfrastructureStep.Form(ctx, problem));
        }

        ctx.MoveTo(Steps.Infrastructure);
        return Reply.Of(InfrastructureStep.Answer(ctx));
    }

    private Reply SetUseCase(IReadOnlyDictionary<string, string> values)
    {
        var text = Get(values, InputIds.UseCase);
        var useCase = text is null ? null : ctx.Advisor.Catalog.FindUseCase(text);
        if (useCase is null || !ctx.State.HasHardware)
        {
            var problem = text is null ? ctx.T("problem.use-case-missing") : ctx.T("problem.unknown-use-case", Inputs.Clip(text), string.Join(", ", ctx.Advisor.Catalog.SuggestUseCases(text)));
            return ctx.State.HasHardware
                ? Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), problem, showHelp: false), InfrastructureStep.Answer(ctx))
                : Reply.Of(InfrastructureStep.Form(ctx, problem));
        }

        ctx.State = ctx.State with { UseCaseId = useCase.Id, CommercialUseRequired = string.Equals(Get(values, InputIds.Commercial), "true", StringComparison.OrdinalIgnoreCase) };
        ctx.MoveTo(Steps.Benchmarks);
        return Reply.Of(CandidatesStep.Answer(ctx).Card);
    }

    private Reply Pick(IReadOnlyDictionary<string, string> values)
    {
        if (ctx.State.Step is not (Steps.Benchmarks or Steps.Validation) || ctx.State.Shown.Count == 0)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), ctx.T("problem.pick-too-early"), showHelp: false), StepCards.Current(ctx));
        }

        var (picks, problem) = ValidationStep.Resolve(ctx, (Get(values, InputIds.Picks) ?? string.Empty).Split(','));
        if (problem is not null)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), problem, showHelp: false));
        }

        ctx.State = ctx.State with { Picked = picks };
        ctx.MoveTo(Steps.Validation);
        return Reply.Of(ValidationStep.Answer(ctx));
    }

    private bool FromCurrentCard(IReadOnlyDictionary<string, string> values) => Number(values, InputIds.Version) == ctx.State.Version;

    private static string? Get(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static int? Number(IReadOnlyDictionary<string, string> values, string key) =>
        Get(values, key) is { } text && int.TryParse(text.Trim().TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static Task<Reply> Done(Reply reply) => Task.FromResult(reply);
}
