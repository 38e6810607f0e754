using System.Globalization;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// Step 3: how to confirm on your own work — a custom eval sized for the margin you need, blind
/// pairwise preference with the Arena as the public prior, latency and memory at the deployment
/// precision on your hardware, and the licence.
/// </summary>
public static class ValidationStep
{
    public const int MaxPicks = 2;

    /// <summary>Resolves "1", "2 3", "Qwen2.5-7B" or model ids against the candidates shown; null and a problem when nothing matches.</summary>
    public static (IReadOnlyList<string> Picks, string? Problem) Resolve(TurnContext ctx, IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(tokens);
        var shown = ctx.State.Shown;
        var picks = new List<string>();
        foreach (var raw in tokens.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            string? id = null;
            if (int.TryParse(NameMatcher.FoldWidth(raw), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                id = n >= 1 && n <= shown.Count ? shown[n - 1] : null;
                if (id is null)
                {
                    return ([], ctx.T("problem.pick-number", n, shown.Count));
                }
            }
            else
            {
                id = ctx.Advisor.Catalog.FindModel(raw)?.Id;
                if (id is null)
                {
                    return ([], ctx.T("problem.pick-unknown", Inputs.Clip(raw), string.Join(", ", ctx.Advisor.Catalog.SuggestModels(raw))));
                }
            }

            if (!picks.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                picks.Add(id);
            }
        }

        return picks.Count == 0 ? ([], ctx.T("problem.pick-none")) : (picks.Take(MaxPicks).ToList(), null);
    }

    public static ReplyCard Answer(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var request = Inputs.Request(ctx, ctx.State);
        var hardware = request.Hardware;
        var plans = ctx.State.PickedModels
            .Select(id => ctx.Advisor.Catalog.FindModel(id))
            .OfType<CatalogModel>()
            .Select(m => Plan(ctx, m, MemoryEstimator.Estimate(m, request.Estimate, hardware)))
            .ToList();
        var general = new List<string>
        {
            ctx.T("validation.general.private"),
            ctx.T("validation.general.regression"),
        };
        if (plans.Count == 2)
        {
            general.Insert(0, ctx.T("validation.general.paired"));
        }

        var view = new ValidationView(
            ctx.Language,
            ctx.State.Version,
            ctx.Labels,
            ctx.T("validation.title"),
            ctx.T("validation.text", InfrastructureStep.Describe(ctx, ctx.State)),
            plans,
            general,
            ctx.T("validation.record-hint"));
        return new ReplyCard(CardTemplates.Validation, view, ctx.T("validation.fallback", string.Join(", ", plans.Select(p => p.Name))));
    }

    private static ValidationPlanView Plan(TurnContext ctx, CatalogModel model, MemoryEstimate e)
    {
        var items100 = TurnContext.N(NoiseBand.MarginForItems(100), "0");
        var items400 = TurnContext.N(NoiseBand.MarginForItems(400), "0");
        var need = NoiseBand.ItemsForMargin(5).ToString("N0", CultureInfo.InvariantCulture);
        var preference = model.Arena is { } a
            ? ctx.T("validation.preference.arena", TurnContext.N(a.Score, "0"), TurnContext.N(a.Lower, "0"), TurnContext.N(a.Upper, "0"), a.Votes.ToString("N0", CultureInfo.InvariantCulture), a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?")
            : ctx.T("validation.preference.none");
        var speed = DecodeSpeed.TokensPerSecond(e) is { } tps ? ctx.T("validation.hardware.speed", TurnContext.N(tps, "0")) : string.Empty;
        var license = model.License;
        var conditions = license.Conditions.Count > 0 ? string.Join("; ", license.Conditions) : ctx.T("validation.license.no-conditions");
        var steps = new List<FactView>
        {
            new(ctx.T("validation.eval.title"), ctx.T("validation.eval.text", items100, items400, need)),
            new(ctx.T("validation.preference.title"), preference),
            new(ctx.T("validation.hardware.title"), ctx.T("validation.hardware.text", e.Request.BaseWeights.Name, TurnContext.N(e.PerGpu.TotalGb, "0.0"), TurnContext.N(e.Hardware.MemoryPerGpuGb), speed)),
            new(ctx.T("validation.license.title"), ctx.T("validation.license.text", license.Name, ctx.T("commercial." + license.CommercialUse), conditions, license.Url ?? "—")),
        };
        if (e.Request.BaseWeights.IsQuantised)
        {
            steps.Add(new FactView(ctx.T("validation.quantised.title"), ctx.T("validation.quantised.text", e.Request.BaseWeights.Name)));
        }

        return new ValidationPlanView(model.DisplayName, model.Id, steps, license.Url ?? string.Empty);
    }
}
