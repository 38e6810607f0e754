using System.Globalization;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Understanding;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Typed commands: pick, record, back, restart, help, history, decision N, accept N, estimate, compare.</summary>
public sealed class TextCommands(TurnContext ctx, DecisionActions decisions, TextParser parser)
{
    public Task<Reply> HandleAsync(Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var arg = command.Argument;
        return command.Name switch
        {
            Commands.Help => Done(Reply.Of(IntroCards.Help(ctx))),
            Commands.Start => Done(Reply.Of(ctx.State.HasHardware ? InfrastructureStep.Answer(ctx) : InfrastructureStep.Form(ctx))),
            Commands.Restart => Done(StepCards.Restart(ctx)),
            Commands.Back => Done(StepCards.Back(ctx)),
            Commands.Pick => Done(Pick(arg)),
            Commands.Record => decisions.RecordAsync(ctx, arg, ctx.Turn.ActivityId, cancellationToken),
            Commands.History => decisions.HistoryAsync(ctx, arg, 0, cancellationToken),
            Commands.Estimate => Done(Reply.Of(Tools.Estimate(ctx, parser, arg))),
            Commands.Compare => Done(Reply.Of(Tools.Compare(ctx, arg))),
            Commands.Validate => decisions.ValidateAsync(ctx, int.TryParse(NameMatcherFold(arg).Replace("decision", string.Empty, StringComparison.OrdinalIgnoreCase).Trim().TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, cancellationToken),
            _ => DecisionCommand(command, cancellationToken),
        };
    }

    private Task<Reply> DecisionCommand(Command command, CancellationToken cancellationToken)
    {
        var text = NameMatcherFold(command.Argument).TrimStart('#');
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Done(Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), ctx.T("problem.decision-number", command.Name), showHelp: true)));
        }

        return command.Name switch
        {
            Commands.Accept => decisions.ChangeStatusAsync(ctx, number, DecisionStatuses.Accepted, cancellationToken),
            Commands.Reject => decisions.ChangeStatusAsync(ctx, number, DecisionStatuses.Rejected, cancellationToken),
            Commands.Supersede => decisions.SupersedeAsync(ctx, number, cancellationToken),
            Commands.Revisit => decisions.RevisitAsync(ctx, number, cancellationToken),
            _ => decisions.ShowAsync(ctx, number, cancellationToken),
        };
    }

    private Reply Pick(string argument)
    {
        if (ctx.State.Step is not (Steps.Benchmarks or Steps.Validation) || ctx.State.Shown.Count == 0)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), ctx.T("problem.pick-too-early"), showHelp: false), StepCards.Current(ctx));
        }

        var (picks, problem) = ValidationStep.Resolve(ctx, argument.Split([' ', ',', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        if (problem is not null)
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), problem, showHelp: false));
        }

        ctx.State = ctx.State with { Picked = picks };
        ctx.MoveTo(Steps.Validation);
        return Reply.Of(ValidationStep.Answer(ctx));
    }

    private static string NameMatcherFold(string text) => Advice.Catalog.NameMatcher.FoldWidth(text).Trim();

    private static Task<Reply> Done(Reply reply) => Task.FromResult(reply);
}
