using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Checks and applies step 1 inputs (from a card or parsed text) to the state, with localised problems.</summary>
public static class Inputs
{
    public static readonly IReadOnlyList<int> ContextChoices = [2048, 4096, 8192, 16384, 32768, 131072];
    public static readonly IReadOnlyList<string> PrecisionChoices = ["bf16", "fp8", "int8", "q8_0", "q4_k_m", "int4"];

    /// <summary>Applies what was given; returns a problem to show instead (the state is then unchanged).</summary>
    public static string? Apply(TurnContext ctx, string? memoryText, string? gpuName, string? countText, string? workload, string? contextText, string? precision)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var catalog = ctx.Advisor.Catalog;
        var s = ctx.State;

        double? memory = s.GpuMemoryGb;
        if (!string.IsNullOrWhiteSpace(memoryText))
        {
            var cleaned = Advice.Catalog.NameMatcher.FoldWidth(memoryText).Trim().TrimEnd('B', 'b').TrimEnd('G', 'g').Trim();
            if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var gb) || !double.IsFinite(gb))
            {
                return ctx.T("problem.memory-not-number", Clip(memoryText));
            }

            if (gb <= 0 || gb > Advice.Memory.Hardware.MaxMemoryPerGpuGb)
            {
                return ctx.T("problem.memory-range", TurnContext.N(gb), TurnContext.N(Advice.Memory.Hardware.MaxMemoryPerGpuGb));
            }

            memory = gb;
        }

        var gpuId = s.GpuId;
        if (!string.IsNullOrWhiteSpace(gpuName))
        {
            var gpu = catalog.FindGpu(gpuName);
            if (gpu is null)
            {
                return ctx.T("problem.unknown-gpu", Clip(gpuName), string.Join(", ", catalog.SuggestGpus(gpuName)));
            }

            gpuId = gpu.Id;
            if (string.IsNullOrWhiteSpace(memoryText))
            {
                memory = null;
            }
        }

        var count = s.GpuCount;
        if (!string.IsNullOrWhiteSpace(countText))
        {
            if (!int.TryParse(NameMatcherFold(countText), NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count < 1 || count > Advice.Memory.Hardware.MaxGpuCount)
            {
                return ctx.T("problem.gpu-count", Clip(countText), Advice.Memory.Hardware.MaxGpuCount);
            }
        }

        var w = s.Workload;
        if (!string.IsNullOrWhiteSpace(workload))
        {
            if (Workloads.Parse(workload) is not { } parsed)
            {
                return ctx.T("problem.workload", Clip(workload));
            }

            w = parsed.Id();
        }

        var context = s.ContextTokens;
        if (!string.IsNullOrWhiteSpace(contextText))
        {
            if (!int.TryParse(NameMatcherFold(contextText), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) || c < 1 || c > EstimateRequest.MaxContextTokens)
            {
                return ctx.T("problem.context", Clip(contextText), EstimateRequest.MaxContextTokens);
            }

            context = c;
        }

        var p = s.Precision;
        if (!string.IsNullOrWhiteSpace(precision))
        {
            p = Precisions.Find(precision)?.Id;
            if (p is null)
            {
                return ctx.T("problem.precision", Clip(precision));
            }
        }

        if (memory is null && gpuId is null)
        {
            return ctx.T("problem.no-hardware");
        }

        var candidate = s with { GpuMemoryGb = memory, GpuId = gpuId, GpuCount = count, Workload = w, ContextTokens = context, Precision = p };
        try
        {
            Hardware(ctx, candidate);
        }
        catch (AdviceInputException)
        {
            return ctx.T("problem.memory-needed", catalog.FindGpu(gpuId ?? string.Empty)?.Name ?? gpuId);
        }

        ctx.State = candidate;
        return null;
    }

    public static Advice.Memory.Hardware Hardware(TurnContext ctx, ConversationState s)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(s);
        return HardwareResolver.Resolve(ctx.Advisor.Catalog, s.GpuId, s.GpuMemoryGb, s.GpuCount);
    }

    /// <summary>The advice request the state describes (defaults: bf16, the use case's context, top 5).</summary>
    public static AdviceRequest Request(TurnContext ctx, ConversationState s)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(s);
        var useCase = ctx.Advisor.Catalog.UseCase(s.UseCaseId ?? string.Empty);
        var workload = Workloads.Parse(s.Workload) ?? Workload.Inference;
        var context = s.ContextTokens ?? useCase?.MinContextTokens ?? (workload == Workload.Inference ? 8192 : 2048);
        return new AdviceRequest(
            Hardware(ctx, s),
            s.UseCaseId ?? "general-chat",
            workload,
            Precisions.Find(s.Precision ?? "bf16") ?? Precisions.Bf16,
            context,
            s.CommercialUseRequired);
    }

    /// <summary>User text shown back in a message: at most 60 characters.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        return t.Length <= 60 ? t : string.Concat(t.AsSpan(0, 57), "…");
    }

    private static string NameMatcherFold(string text) => Advice.Catalog.NameMatcher.FoldWidth(text).Trim();
}
