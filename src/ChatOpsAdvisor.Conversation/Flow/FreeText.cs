using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Understanding;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// Free text: whatever it says about hardware, workload, context, precision, use case and licence is
/// applied; one message with everything ("24GB, code assistant") goes straight to step 2.
/// </summary>
public static class FreeText
{
    public static Reply Handle(TurnContext ctx, TextParser parser, string text)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(parser);
        var p = parser.Parse(text);
        if (!p.HasAnything)
        {
            return Reply.Of(IntroCards.Help(ctx, ctx.T("help.not-understood")));
        }

        var s = ctx.State;
        if (p.GpuMemoryGb is { } gb && (gb <= 0 || gb > Hardware.MaxMemoryPerGpuGb))
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), ctx.T("problem.memory-range", TurnContext.N(gb), TurnContext.N(Hardware.MaxMemoryPerGpuGb)), showHelp: false));
        }

        if (p.GpuCount is { } n && (n < 1 || n > Hardware.MaxGpuCount))
        {
            return Reply.Of(Notice.Build(ctx, ctx.T("problem.title"), ctx.T("problem.gpu-count", n, Hardware.MaxGpuCount), showHelp: false));
        }

        var next = s with
        {
            GpuMemoryGb = p.HasHardware ? p.GpuMemoryGb : s.GpuMemoryGb,
            GpuId = p.HasHardware ? p.GpuId : s.GpuId,
            GpuCount = p.GpuCount ?? (p.HasHardware ? 1 : s.GpuCount),
            Workload = p.Workload ?? s.Workload,
            ContextTokens = p.ContextTokens ?? s.ContextTokens,
            Precision = p.Precision ?? s.Precision,
            UseCaseId = p.UseCaseId ?? s.UseCaseId,
            CommercialUseRequired = p.CommercialUse ?? s.CommercialUseRequired,
        };

        if (next.HasHardware)
        {
            try
            {
                Inputs.Hardware(ctx, next);
            }
            catch (Advice.AdviceInputException)
            {
                var gpu = ctx.Advisor.Catalog.FindGpu(next.GpuId ?? string.Empty)?.Name ?? next.GpuId;
                ctx.State = next with { GpuId = null, GpuMemoryGb = null };
                return Reply.Of(InfrastructureStep.Form(ctx, ctx.T("problem.memory-needed", gpu)));
            }
        }

        ctx.State = next;
        if (!next.HasHardware)
        {
            return Reply.Of(InfrastructureStep.Form(ctx, p.UseCaseId is not null ? ctx.T("infra.form.use-case-noted") : null));
        }

        // Everything known (now or from earlier messages): straight to the candidates; else step 1's answer.
        if (next.UseCaseId is not null)
        {
            ctx.MoveTo(Steps.Benchmarks);
            return Reply.Of(CandidatesStep.Answer(ctx).Card);
        }

        ctx.MoveTo(Steps.Infrastructure);
        return Reply.Of(InfrastructureStep.Answer(ctx));
    }
}
