using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli;

/// <summary>The human output of advise: step 1 (quick rule, tiers), step 2 (candidates), ties and pitfalls.</summary>
public static class AdviceView
{
    public static void Write(Recommendation r, ModelCatalog catalog, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(catalog);
        var console = Terminal.For(writer);
        var q = r.Request;

        console.Write(new Rule("[bold]Step 1 — Infrastructure[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"{q.Hardware.Describe()}, {q.Workload.ToString().ToLowerInvariant()}, {q.Estimate.BaseWeights.Name}, {q.ContextTokens:N0} tokens of context"));
        console.MarkupLine(Markup.Escape($"Quick rule: {r.QuickRule.Formula} ({r.QuickRule.Context.Name})"));
        var tiers = new Table().AddColumns("Tier", "Fit", "What it means");
        foreach (var t in r.Tiers.Where(t => t.Total > 0))
        {
            tiers.AddRow(Markup.Escape(t.Tier.Name), $"{t.Fitting}/{t.Total}", Markup.Escape(t.Tier.Explanation));
        }

        console.Write(tiers);

        console.Write(new Rule("[bold]Step 2 — Benchmarks: " + Markup.Escape(r.UseCase.Name.En) + "[/]").LeftJustified());
        foreach (var b in r.UseCase.Benchmarks)
        {
            console.MarkupLine(Markup.Escape($"• {catalog.Benchmark(b.Benchmark).Name} (weight {b.Weight:0.##}): {b.Why.En}"));
        }

        var table = new Table().AddColumns("#", "Model", "Params", "Memory / GPU", "Tok/s", "Score (95%)", "Evidence", "Licence");
        foreach (var c in r.Candidates)
        {
            var score = c.Score.Value is not { } v ? "no evidence"
                : c.Score.HalfWidth is { } h ? $"{v:0.0} ±{h:0.0}"
                : $"{v:0.0} (band unknown)";
            var tied = c.TiedWith.Count > 0 ? " (tie)" : string.Empty;
            table.AddRow(
                c.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(c.Model.DisplayName),
                c.Model.ParametersBillions.ToString("0.#", CultureInfo.InvariantCulture) + "B",
                Markup.Escape($"{Terminal.Gb(c.Memory.PerGpu.TotalGb)} {Terminal.Bar(c.Memory.UsedShare)}"),
                c.TokensPerSecond is { } tps ? tps.ToString("0", CultureInfo.InvariantCulture) : "—",
                Markup.Escape(score + tied),
                Markup.Escape($"{c.Score.Confidence} ({c.Score.Evidence.Count}/{r.UseCase.Benchmarks.Count})"),
                Markup.Escape($"{c.Model.License.Name} ({c.Model.License.CommercialUse})"));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{r.FittingCount} model(s) fit and pass the filters; catalog {r.CatalogVersion}."));
        foreach (var c in r.Candidates)
        {
            foreach (var e in c.Score.Evidence)
            {
                var source = catalog.Source(e.Source)?.Title ?? e.Source;
                var when = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                var band = e.DisplayHalfWidth is { } h ? $" ±{h:0.0}" : " (n unknown)";
                var checkpoint = e.IsBaseCheckpoint ? $" [base checkpoint {e.Score!.CheckpointId}]" : string.Empty;
                console.MarkupLine(Markup.Escape($"  {c.Model.DisplayName} · {e.Benchmark.Name} {e.PublishedValue:0.#}{band} — {source}, {when}{checkpoint}"));
            }
        }

        if (r.Pitfalls.Count > 0)
        {
            console.Write(new Rule("[bold]Pitfalls[/]").LeftJustified());
            foreach (var p in r.Pitfalls)
            {
                console.MarkupLine(Markup.Escape($"[{p.Kind}] {p.Message}"));
            }
        }

        console.Write(new Rule("[bold]Step 3 — Validation[/]").LeftJustified());
        console.MarkupLine("Run a custom eval on your own prompts (100 items ≈ ±10 points; 400 ≈ ±5), a blind A/B preference test, and measure latency and memory on your hardware at the precision you will deploy. Read the licence.");
    }
}
