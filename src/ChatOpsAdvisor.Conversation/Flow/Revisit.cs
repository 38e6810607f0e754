using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>What changed for a recorded decision when its inputs are ranked against today's catalog.</summary>
public static class Revisit
{
    public const double ScoreChangePoints = 0.05;

    public static IReadOnlyList<string> Compare(TurnContext ctx, DecisionRecord d)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(d);
        var catalog = ctx.Advisor.Catalog;
        var i = d.Inputs;
        var gpu = i.Gpu is { } name ? catalog.FindGpu(name) : null;
        var hardware = gpu is null ? new Hardware(i.GpuMemoryGb, i.GpuCount) : Hardware.Of(gpu, i.GpuCount, i.GpuMemoryGb);
        if (catalog.UseCase(i.UseCase) is null)
        {
            return [ctx.T("revisit.use-case-gone", i.UseCase)];
        }

        var now = ctx.Advisor.Advise(new AdviceRequest(
            hardware, i.UseCase, Workloads.Parse(i.Workload) ?? Workload.Inference, Precisions.Find(i.Precision), i.ContextTokens, i.CommercialUseRequired, Math.Max(5, d.Candidates.Count)));
        var before = d.Candidates.ToDictionary(c => c.Model, StringComparer.OrdinalIgnoreCase);
        var changes = new List<string>();

        foreach (var c in now.Candidates.Where(c => !before.ContainsKey(c.Model.Id)))
        {
            changes.Add(ctx.T("revisit.new", c.Model.DisplayName, c.Rank, c.Score.Value is { } v ? TurnContext.N(v, "0.0") : "—"));
        }

        foreach (var c in now.Candidates.Where(c => before.ContainsKey(c.Model.Id)))
        {
            var old = before[c.Model.Id];
            if (old.Score is { } a && c.Score.Value is { } b && Math.Abs(a - b) > ScoreChangePoints)
            {
                changes.Add(ctx.T("revisit.score", c.Model.DisplayName, TurnContext.N(a, "0.0"), TurnContext.N(b, "0.0")));
            }

            if (!string.Equals(old.License, c.Model.License.Name, StringComparison.Ordinal))
            {
                changes.Add(ctx.T("revisit.license", c.Model.DisplayName, old.License, c.Model.License.Name));
            }

            if (old.Rank != c.Rank)
            {
                changes.Add(ctx.T("revisit.rank", c.Model.DisplayName, old.Rank, c.Rank));
            }
        }

        foreach (var gone in d.Candidates.Where(o => now.Candidates.All(c => !string.Equals(c.Model.Id, o.Model, StringComparison.OrdinalIgnoreCase))))
        {
            changes.Add(ctx.T("revisit.dropped", gone.Model));
        }

        if (catalog.FindModel(d.ChosenModel) is null)
        {
            changes.Add(ctx.T("revisit.chosen-gone", d.ChosenModel));
        }

        return changes;
    }

}
