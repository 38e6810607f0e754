using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Moving between steps: the card of the current step, back, restart.</summary>
public static class StepCards
{
    /// <summary>The card of the step the person is at (re-shown after a click on an old card).</summary>
    public static ReplyCard Current(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = ctx.State;
        return s.Step switch
        {
            Steps.Validation when s.PickedModels.Count > 0 && s.HasHardware => ValidationStep.Answer(ctx),
            Steps.Benchmarks when s.HasHardware && s.UseCaseId is not null => CandidatesStep.Answer(ctx).Card,
            _ when s.HasHardware => InfrastructureStep.Answer(ctx),
            _ => InfrastructureStep.Form(ctx),
        };
    }

    public static Reply Back(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = ctx.State;
        switch (s.Step)
        {
            case Steps.Validation when s.UseCaseId is not null && s.HasHardware:
                ctx.MoveTo(Steps.Benchmarks);
                return Reply.Of(CandidatesStep.Answer(ctx).Card);
            case Steps.Benchmarks when s.HasHardware:
                ctx.MoveTo(Steps.Infrastructure);
                return Reply.Of(InfrastructureStep.Answer(ctx));
            default:
                ctx.MoveTo(Steps.Infrastructure);
                return Reply.Of(InfrastructureStep.Form(ctx));
        }
    }

    public static Reply Restart(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ctx.State = ConversationState.New(ctx.Language) with { Version = ctx.State.Version + 1 };
        return Reply.Of(InfrastructureStep.Form(ctx));
    }

    public static Reply OldCard(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return Reply.Of(Notice.Build(ctx, ctx.T("old-card.title"), ctx.T("old-card.text"), showHelp: false), Current(ctx));
    }
}
