using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;
using ChatOpsAdvisor.Conversation.Understanding;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>The side tools: "estimate &lt;model&gt; on &lt;gpu&gt;" and "compare &lt;a&gt; &lt;b&gt;".</summary>
public static partial class Tools
{
    public static ReplyCard Estimate(TurnContext ctx, TextParser parser, string argument)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(argument);
        var split = OnPattern().Match(argument);
        var modelText = split.Success ? split.Groups["model"].Value.Trim() : argument.Trim();
        var hardwareText = split.Success ? split.Groups["hw"].Value : string.Empty;
        var catalog = ctx.Advisor.Catalog;
        if (modelText.Length == 0)
        {
            return Notice.Build(ctx, ctx.T("estimate.usage.title"), ctx.T("estimate.usage.text"), showHelp: false);
        }

        var model = catalog.FindModel(modelText);
        if (model is null)
        {
            return Notice.Build(ctx, ctx.T("problem.unknown-model.title"), ctx.T("problem.unknown-model", Inputs.Clip(modelText), string.Join(", ", catalog.SuggestModels(modelText))), showHelp: false);
        }

        var parsed = parser.Parse(hardwareText);
        var state = ctx.State;
        if (parsed.HasHardware)
        {
            state = state with { GpuMemoryGb = parsed.GpuMemoryGb, GpuId = parsed.GpuId, GpuCount = parsed.GpuCount ?? 1 };
        }
        else if (hardwareText.Trim().Length > 0)
        {
            return Notice.Build(ctx, ctx.T("problem.unknown-gpu.title"), ctx.T("problem.unknown-gpu", Inputs.Clip(hardwareText), string.Join(", ", catalog.SuggestGpus(hardwareText))), showHelp: false);
        }
        else if (!state.HasHardware)
        {
            return Notice.Build(ctx, ctx.T("estimate.usage.title"), ctx.T("estimate.usage.text"), showHelp: false);
        }

        state = state with
        {
            Workload = parsed.Workload ?? state.Workload,
            Precision = parsed.Precision ?? state.Precision,
            ContextTokens = parsed.ContextTokens ?? state.ContextTokens ?? 8192,
        };
        Hardware hardware;
        try
        {
            hardware = Inputs.Hardware(ctx, state);
        }
        catch (AdviceInputException)
        {
            return Notice.Build(ctx, ctx.T("problem.unknown-gpu.title"), ctx.T("problem.memory-needed", parsed.GpuId), showHelp: false);
        }

        var request = Inputs.Request(ctx, state).Estimate;
        var e = MemoryEstimator.Estimate(model, request, hardware);
        var alternatives = FitAlternatives.For(e).Select(a => ctx.T("estimate.alternative", Alternative(ctx, a), TurnContext.N(a.Estimate.PerGpu.TotalGb, "0.0"))).ToList();
        var breakdown = new List<FactView>
        {
            new(ctx.T("estimate.weights"), Gb(e.PerGpu.WeightsGb)),
            new(e.KvCacheIsUpperBound ? ctx.T("estimate.kv-upper") : ctx.T("estimate.kv"), Gb(e.PerGpu.KvCacheGb)),
            new(ctx.T("estimate.optimizer"), Gb(e.PerGpu.OptimizerAndGradientsGb)),
            new(ctx.T("estimate.activations"), Gb(e.PerGpu.ActivationsGb)),
            new(ctx.T("estimate.overhead"), Gb(e.PerGpu.OverheadGb)),
            new(ctx.T("estimate.total"), Gb(e.PerGpu.TotalGb) + "  " + CandidatesStep.Bar(e.UsedShare)),
        };
        if (DecodeSpeed.TokensPerSecond(e) is { } tps)
        {
            breakdown.Add(new FactView(ctx.T("estimate.speed"), ctx.T("candidates.speed", TurnContext.N(tps, "0"))));
        }

        var verdict = e.Fits
            ? ctx.T("estimate.fits", TurnContext.N(e.HeadroomGb, "0.0"))
            : ctx.T("estimate.does-not-fit", TurnContext.N(e.PerGpu.TotalGb, "0.0"), TurnContext.N(hardware.MemoryPerGpuGb));
        var view = new EstimateCardView(
            ctx.Language, ctx.State.Version, ctx.Labels,
            ctx.T("estimate.title", model.DisplayName),
            ctx.T("estimate.subtitle", hardware.Describe(), ctx.T("workload." + request.Workload.Id()), request.BaseWeights.Name, request.ContextTokens.ToString("N0", CultureInfo.InvariantCulture), QuickRule.For(hardware.TotalMemoryGb, request.ContextTokens).Formula),
            breakdown, verdict, e.Fits, alternatives, MemoryAssumptions.Keyed(e).Select(a => ctx.Language == "en" ? a.Text : ctx.T("assumption." + a.Key, [.. a.Args.Select(x => (object?)(x == "on" ? ctx.T("assumption.on") : x == "off" ? ctx.T("assumption.off") : x))])).ToList());
        return new ReplyCard(CardTemplates.Estimate, view, $"{view.Title}: {verdict}");
    }

    public static ReplyCard Compare(TurnContext ctx, string argument)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(argument);
        var catalog = ctx.Advisor.Catalog;
        var names = argument.Split([' ', ',', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("vs", StringComparison.OrdinalIgnoreCase) && !w.Equals("と", StringComparison.Ordinal))
            .ToList();
        if (names.Count != 2)
        {
            return Notice.Build(ctx, ctx.T("compare.usage.title"), ctx.T("compare.usage.text"), showHelp: false);
        }

        var models = new CatalogModel[2];
        for (var i = 0; i < 2; i++)
        {
            models[i] = catalog.FindModel(names[i])!;
            if (models[i] is null)
            {
                return Notice.Build(ctx, ctx.T("problem.unknown-model.title"), ctx.T("problem.unknown-model", Inputs.Clip(names[i]), string.Join(", ", catalog.SuggestModels(names[i]))), showHelp: false);
            }
        }

        var useCase = catalog.UseCase(ctx.State.UseCaseId ?? string.Empty) ?? catalog.UseCase("general-chat") ?? catalog.UseCases[0];
        var scores = ctx.Advisor.Scores(useCase);
        var (a, b) = (models[0], models[1]);
        var sa = scores.For(a.Id)!;
        var sb = scores.For(b.Id)!;
        var rows = new List<CompareRowView>
        {
            new(ctx.T("compare.params"), TurnContext.N(a.ParametersBillions) + "B", TurnContext.N(b.ParametersBillions) + "B"),
            new(ctx.T("compare.context"), Tokens(a.ContextLength), Tokens(b.ContextLength)),
            new(ctx.T("compare.license"), EvidenceText.License(ctx, a.License), EvidenceText.License(ctx, b.License)),
            new(ctx.T("compare.score", useCase.Name.For(ctx.Language)), Score(sa), Score(sb)),
        };
        if (ctx.State.HasHardware)
        {
            var request = Inputs.Request(ctx, ctx.State);
            var ea = MemoryEstimator.Estimate(a, request.Estimate, request.Hardware);
            var eb = MemoryEstimator.Estimate(b, request.Estimate, request.Hardware);
            rows.Add(new CompareRowView(ctx.T("compare.memory", request.Hardware.Describe()), Gb(ea.PerGpu.TotalGb) + (ea.Fits ? string.Empty : " ✗"), Gb(eb.PerGpu.TotalGb) + (eb.Fits ? string.Empty : " ✗")));
        }

        foreach (var w in useCase.Benchmarks)
        {
            var ea = sa.Evidence.FirstOrDefault(e => e.Benchmark.Id == w.Benchmark);
            var eb = sb.Evidence.FirstOrDefault(e => e.Benchmark.Id == w.Benchmark);
            rows.Add(new CompareRowView(catalog.Benchmark(w.Benchmark).Name, ea is null ? ctx.T("score.missing") : EvidenceText.Score(ctx, ea).Value, eb is null ? ctx.T("score.missing") : EvidenceText.Score(ctx, eb).Value));
        }

        var notes = new List<string>();
        foreach (var ea in sa.Evidence)
        {
            var eb = sb.Evidence.FirstOrDefault(e => e.Benchmark.Id == ea.Benchmark.Id);
            if (eb is not null && TieStatement.Compare(a.DisplayName, ea, b.DisplayName, eb) is { } tie)
            {
                notes.Add(EvidenceText.Tie(ctx, tie));
            }
            else if (eb is not null && !ea.SameInstrumentAs(eb))
            {
                notes.Add(ctx.T("compare.different-instruments", ea.Benchmark.Name));
            }
        }

        if (sa.TiedWith(sb))
        {
            notes.Insert(0, ctx.T("compare.overall-tie", useCase.Name.For(ctx.Language)));
        }

        var view = new CompareView(ctx.Language, ctx.State.Version, ctx.Labels, ctx.T("compare.title"), a.DisplayName, b.DisplayName, rows, notes);
        return new ReplyCard(CardTemplates.Compare, view, $"{a.DisplayName} / {b.DisplayName}");

        string Score(UseCaseScore s) => s.Value is { } v
            ? ctx.T("compare.score.value", TurnContext.N(v, "0.0"), s.HalfWidth is { } h ? TurnContext.N(h, "0.0") : "?", ctx.T("confidence." + s.Confidence.ToString().ToLowerInvariant()))
            : ctx.T("score.missing");
        string Tokens(int? n) => n?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";
    }

    /// <summary>What would fit, in the reader's language.</summary>
    public static string Alternative(TurnContext ctx, FitAlternative a)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(a);
        var r = a.Estimate.Request;
        return a.Kind switch
        {
            FitAlternativeKinds.Precision => ctx.T("alternative.precision", r.Precision.Name),
            FitAlternativeKinds.MoreGpus => ctx.T("alternative.gpus", a.Estimate.Hardware.GpuCount),
            FitAlternativeKinds.Qlora => ctx.T("alternative.qlora"),
            FitAlternativeKinds.GradientCheckpointing => ctx.T("alternative.checkpointing"),
            _ => ctx.T("alternative.context", r.ContextTokens.ToString("N0", CultureInfo.InvariantCulture)),
        };
    }

    private static string Gb(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " GB";

    [GeneratedRegex(@"^(?<model>.+?)\s+(?:on|with|for|で|を)\s+(?<hw>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex OnPattern();
}
