using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Step 1: the hardware form, and the answer: quick rule, budget, size tiers — with the use-case question.</summary>
public static class InfrastructureStep
{
    public static ReplyCard Form(TurnContext ctx, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = ctx.State;
        var view = new InfrastructureFormView(
            ctx.Language,
            s.Version,
            ctx.Labels,
            ctx.T("infra.form.title"),
            ctx.T("infra.form.text"),
            problem,
            problem is not null,
            s.GpuMemoryGb is { } gb ? TurnContext.N(gb) : string.Empty,
            s.GpuId is { } id ? ctx.Advisor.Catalog.FindGpu(id)?.Name ?? string.Empty : string.Empty,
            TurnContext.N(s.GpuCount),
            s.Workload,
            (s.ContextTokens ?? 8192).ToString(System.Globalization.CultureInfo.InvariantCulture),
            s.Precision ?? "bf16",
            Workloads.Ids.Select(w => new ChoiceView(ctx.T("workload." + w), w)).ToList(),
            Inputs.ContextChoices.Select(c => new ChoiceView(ctx.T("context.choice", c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), c.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            Inputs.PrecisionChoices.Select(p => new ChoiceView(Precisions.Find(p)!.Name, p)).ToList());
        return new ReplyCard(CardTemplates.InfrastructureForm, view, problem ?? ctx.T("infra.form.text"));
    }

    public static ReplyCard Answer(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = ctx.State;
        var catalog = ctx.Advisor.Catalog;
        var request = Inputs.Request(ctx, s);
        var hardware = request.Hardware;
        var estimate = request.Estimate;
        var rule = QuickRule.For(hardware.TotalMemoryGb, request.ContextTokens);
        var landing = SizeTier.For(rule.MaxBillions, mixtureOfExperts: false);

        var fits = catalog.Models
            .Select(m => (Model: m, Fits: MemoryEstimator.Fits(m, estimate, hardware)))
            .ToList();
        var largest = fits.Where(f => f.Fits).Select(f => f.Model).MaxBy(m => m.ParametersBillions);
        var tiers = TierCounts(fits)
            .Where(t => t.Total > 0)
            .Select(t => new TierView(t.Tier.Name, ctx.T("infra.tier.fits", t.Fit, t.Total), ctx.T("tier." + t.Tier.Id), t.Tier == landing, t.Tier == landing ? "Accent" : "Default"))
            .ToList();

        var budget = new List<FactView>
        {
            new(ctx.T("infra.budget.memory"), ctx.T("infra.budget.memory.value", TurnContext.N(hardware.MemoryPerGpuGb), hardware.GpuCount, TurnContext.N(hardware.TotalMemoryGb))),
            new(ctx.T("infra.budget.overhead"), ctx.T("infra.budget.overhead.value", TurnContext.N(MemoryEstimator.OverheadPerGpuGb, "0.00"))),
            new(ctx.T("infra.budget.weights"), ctx.T("infra.budget.weights.value", estimate.BaseWeights.Name, TurnContext.N(estimate.BaseWeights.BytesPerParameter, "0.###"))),
            new(ctx.T("infra.budget.workload"), ctx.T("infra.budget.workload." + estimate.Workload.Id())),
            new(ctx.T("infra.budget.context"), ctx.T("infra.budget.context.value", request.ContextTokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))),
            new(ctx.T("infra.budget.largest"), largest is null
                ? ctx.T("infra.budget.largest.none")
                : ctx.T("infra.budget.largest.value", largest.DisplayName, TurnContext.N(largest.ParametersBillions), TurnContext.N(MemoryEstimator.Estimate(largest, estimate, hardware).PerGpu.TotalGb, "0.0"))),
        };

        var view = new InfrastructureView(
            ctx.Language,
            s.Version,
            ctx.Labels,
            ctx.T("infra.title"),
            Describe(ctx, s),
            rule.Formula,
            ctx.T("infra.quick-rule.note", rule.Context.Factor, ctx.T("context-class." + rule.Context.Id)),
            budget,
            landing.Name,
            ctx.T("tier." + landing.Id),
            tiers,
            ctx.T("infra.use-case.question"),
            catalog.UseCases.Select(u => new ChoiceView(u.Name.For(ctx.Language), u.Id)).ToList(),
            s.UseCaseId ?? string.Empty,
            s.CommercialUseRequired ? "true" : "false");
        return new ReplyCard(CardTemplates.Infrastructure, view, $"{ctx.T("infra.title")}: {rule.Formula}");
    }

    /// <summary>Catalog models and how many of them fit, per tier in <see cref="SizeTier.All"/>'s order (one pass over the models).</summary>
    private static IEnumerable<(SizeTier Tier, int Total, int Fit)> TierCounts(List<(CatalogModel Model, bool Fits)> fits)
    {
        var total = new int[SizeTier.All.Count];
        var fit = new int[SizeTier.All.Count];
        foreach (var (model, modelFits) in fits)
        {
            var i = SizeTier.IndexFor(model.ParametersBillions, model.IsMixtureOfExperts);
            total[i]++;
            fit[i] += modelFits ? 1 : 0;
        }

        return SizeTier.All.Select((tier, i) => (tier, total[i], fit[i]));
    }

    /// <summary>"2 × NVIDIA GeForce RTX 4090 (24 GB each), QLoRA, BF16, 8,192 tokens".</summary>
    public static string Describe(TurnContext ctx, ConversationState s)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(s);
        var request = Inputs.Request(ctx, s);
        var h = request.Hardware;
        var gpu = h.Gpu is null
            ? ctx.T("hardware.memory", h.GpuCount, TurnContext.N(h.MemoryPerGpuGb))
            : ctx.T("hardware.named", h.GpuCount, h.Gpu.Name, TurnContext.N(h.MemoryPerGpuGb));
        return ctx.T(
            "hardware.summary",
            gpu,
            ctx.T("workload." + request.Workload.Id()),
            request.Estimate.BaseWeights.Name,
            request.ContextTokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }
}
