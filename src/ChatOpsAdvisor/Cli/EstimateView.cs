using ChatOpsAdvisor.Advice.Memory;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli;

/// <summary>The human output of estimate: the breakdown, the verdict and what would fit instead.</summary>
public static class EstimateView
{
    public static void Write(MemoryEstimate e, IReadOnlyList<FitAlternative> alternatives, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(alternatives);
        var console = Terminal.For(writer);
        var q = e.Request;
        console.Write(new Rule("[bold]" + Markup.Escape(e.Model.DisplayName) + "[/] on " + Markup.Escape(e.Hardware.Describe())).LeftJustified());
        console.MarkupLine(Markup.Escape($"{q.Workload.Id()}, {q.BaseWeights.Name} weights, KV cache {q.Kv.Id}, {q.ContextTokens:N0} tokens"));
        console.MarkupLine(Markup.Escape("Quick rule: " + QuickRule.For(e.Hardware.TotalMemoryGb, q.ContextTokens).Formula));

        var table = new Table().AddColumns("", "Total", "Per GPU");
        Row(table, "Weights", e.Total.WeightsGb, e.PerGpu.WeightsGb);
        Row(table, e.KvCacheIsUpperBound ? "KV cache (≤)" : "KV cache", e.Total.KvCacheGb, e.PerGpu.KvCacheGb);
        Row(table, "Optimiser + gradients", e.Total.OptimizerAndGradientsGb, e.PerGpu.OptimizerAndGradientsGb);
        Row(table, "Activations", e.Total.ActivationsGb, e.PerGpu.ActivationsGb);
        Row(table, "Runtime overhead", e.Total.OverheadGb, e.PerGpu.OverheadGb);
        Row(table, "Total", e.Total.TotalGb, e.PerGpu.TotalGb);
        console.Write(table);

        console.MarkupLine(Markup.Escape(e.Fits
            ? $"Fits with {Terminal.Gb(e.HeadroomGb)} headroom per GPU ({CliJsonMapper.FitText(e.Fit)}). {Terminal.Bar(e.UsedShare)}"
            : $"Does not fit: needs {Terminal.Gb(e.PerGpu.TotalGb)} per GPU, {Terminal.Gb(-e.HeadroomGb)} more than the {Terminal.Gb(e.Hardware.MemoryPerGpuGb)} available."));
        if (DecodeSpeed.TokensPerSecond(e) is { } tps)
        {
            console.MarkupLine(Markup.Escape($"Decode speed ≈ {tps:0} tokens/s (0.55 × bandwidth ÷ bytes read per token)."));
        }

        foreach (var a in alternatives)
        {
            console.MarkupLine(Markup.Escape($"Would fit with {a.Description}: {Terminal.Gb(a.Estimate.PerGpu.TotalGb)} per GPU."));
        }

        foreach (var assumption in e.Assumptions)
        {
            console.MarkupLine(Markup.Escape("• " + assumption));
        }
    }

    private static void Row(Table table, string label, double total, double perGpu) =>
        table.AddRow(Markup.Escape(label), Terminal.Gb(total), Terminal.Gb(perGpu));
}
