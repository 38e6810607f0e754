using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Pitfalls;

namespace ChatOpsAdvisor.Advice.Tests.Pitfalls;

/// <summary>Each pitfall rule, triggered and not triggered.</summary>
public sealed class PitfallDetectorTests
{
    private static readonly IReadOnlyList<BenchmarkScore> Good = [TestModels.Score("ifeval", 70), TestModels.Score("bbh", 40), TestModels.Score("mmlu-pro", 35)];

    [Fact]
    public void Noise_TiedCandidates_Flagged()
    {
        var a = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 75.9), TestModels.Score("bbh", 40), TestModels.Score("mmlu-pro", 30)]);
        var b = TestModels.Dense("test/b", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 75.5), TestModels.Score("bbh", 40.2), TestModels.Score("mmlu-pro", 30.1)]);

        var p = Advise([a, b], "instruction-following");

        var noise = Assert.Single(p, x => x.Kind == PitfallKinds.Noise);
        Assert.Contains("statistical tie", noise.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Noise_ClearGap_NotFlagged()
    {
        var a = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 85), TestModels.Score("bbh", 60), TestModels.Score("mmlu-pro", 50)]);
        var b = TestModels.Dense("test/b", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 40), TestModels.Score("bbh", 20), TestModels.Score("mmlu-pro", 10)]);

        Assert.DoesNotContain(Advise([a, b], "instruction-following"), x => x.Kind == PitfallKinds.Noise);
    }

    [Fact]
    public void Contamination_MergedModel_Flagged()
    {
        var merged = TestModels.Dense("test/merge", 7, 32, 4096, 32, 8, 128, scores: Good, flags: new ModelFlags(false, true, []));

        var p = Advise([merged], "instruction-following");

        Assert.Contains(p, x => x.Kind == PitfallKinds.Contamination && x.MessageKey == "contamination.flagged");
    }

    [Fact]
    public void Contamination_VendorFarAboveLeaderboard_Flagged()
    {
        // Llama-3.1-8B-Instruct: IFEval 80.4 in Meta's card vs 49.2 on the Open LLM Leaderboard v2.
        var p = new Advisor(TestModels.Catalog).Advise(new AdviceRequest(new Hardware(24), "instruction-following", TopN: 20)).Pitfalls;

        Assert.Contains(p, x => x.MessageKey == "contamination.harness" && x.Models.Contains("meta-llama/Llama-3.1-8B-Instruct") && x.Message.Contains("80.4", StringComparison.Ordinal));
    }

    [Fact]
    public void Contamination_EvaluationAnomaly_Flagged()
    {
        // phi-4: IFEval 5.9 on OLL v2 (a chat-template failure) against a strong Arena rating.
        var p = new Advisor(TestModels.Catalog).Advise(new AdviceRequest(new Hardware(80), "reasoning-math", TopN: 50)).Pitfalls;

        Assert.Contains(p, x => x.MessageKey == "contamination.anomaly" && x.Models.Contains("microsoft/phi-4"));
    }

    [Fact]
    public void Contamination_StaticFarAboveArena_Flagged()
    {
        var models = Enumerable.Range(0, 6)
            .Select(i => TestModels.Dense($"test/m{i}", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 30 + (i * 5)), TestModels.Score("mmlu-pro", 20 + (i * 3))], arena: new ArenaRating(1100 + (i * 20), 3, 3, 10000, $"m{i}", null, "arena")))
            .Append(TestModels.Dense("test/gamed", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 95), TestModels.Score("mmlu-pro", 60)], arena: new ArenaRating(1090, 3, 3, 10000, "gamed", null, "arena")))
            .ToArray();

        var p = Advise(models, "general-chat", topN: 7);

        Assert.Contains(p, x => x.MessageKey == "contamination.arena-gap" && x.Models.SequenceEqual(["test/gamed"]));
        Assert.DoesNotContain(p, x => x.MessageKey == "contamination.arena-gap" && x.Models.Contains("test/m3"));
    }

    [Fact]
    public void Unmeasured_AlwaysStatedWithEstimates()
    {
        var p = Advise([TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: Good)], "instruction-following");

        var u = Assert.Single(p, x => x.Kind == PitfallKinds.Unmeasured);
        Assert.Contains("GB", u.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CommercialUseKinds.No, "licence.non-commercial")]
    [InlineData(CommercialUseKinds.Conditional, "licence.conditional")]
    [InlineData(CommercialUseKinds.Unverified, "licence.unverified")]
    public void Licence_RestrictiveTerms_Flagged(string commercialUse, string key)
    {
        var licence = new License("x", "Some Licence", "https://example.org/licence", commercialUse, ["attribution"], "test");
        var model = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, license: licence, scores: Good);

        Assert.Contains(Advise([model], "instruction-following"), x => x.MessageKey == key);
    }

    [Fact]
    public void Licence_Apache_NotFlagged()
    {
        Assert.DoesNotContain(Advise([TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: Good)], "instruction-following"), x => x.Kind == PitfallKinds.Licence);
    }

    [Fact]
    public void Context_ShorterThanNeeded_ExcludedAndSaid()
    {
        var shortContext = TestModels.Dense("test/short", 7, 32, 4096, 32, 8, 128, context: 4096, scores: Good);
        var unknown = TestModels.Dense("test/unknown", 7, 32, 4096, 32, 8, 128, context: null, scores: Good);

        var p = Advise([shortContext, unknown], "instruction-following", context: 8192);

        Assert.Contains(p, x => x.MessageKey == "context.excluded" && x.Models.Contains("test/short"));
        Assert.Contains(p, x => x.MessageKey == "context.unknown" && x.Models.Contains("test/unknown"));
    }

    [Fact]
    public void Quantisation_QuantisedWeights_Flagged()
    {
        var model = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: Good);

        Assert.Contains(Advise([model], "instruction-following", precision: Precisions.GgufQ4KM), x => x.Kind == PitfallKinds.Quantisation);
        Assert.DoesNotContain(Advise([model], "instruction-following"), x => x.Kind == PitfallKinds.Quantisation);
    }

    [Fact]
    public void WeakBase_FineTuningAWeakModel_Flagged()
    {
        var strong = TestModels.Dense("test/strong", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 80), TestModels.Score("bbh", 50), TestModels.Score("mmlu-pro", 45)]);
        var weak = TestModels.Dense("test/weak", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 20), TestModels.Score("bbh", 10), TestModels.Score("mmlu-pro", 8)]);

        var tuning = Advise([strong, weak], "instruction-following", workload: Workload.Lora);
        var serving = Advise([strong, weak], "instruction-following");

        Assert.Contains(tuning, x => x.Kind == PitfallKinds.WeakBase && x.Models.SequenceEqual(["test/weak"]));
        Assert.DoesNotContain(serving, x => x.Kind == PitfallKinds.WeakBase);
    }

    [Fact]
    public void SmallerModel_MatchesLarger_Flagged()
    {
        var small = TestModels.Dense("test/small", 3, 28, 3072, 24, 8, 128, scores: [TestModels.Score("ifeval", 76), TestModels.Score("bbh", 40), TestModels.Score("mmlu-pro", 30)]);
        var large = TestModels.Dense("test/large", 14, 48, 5120, 40, 8, 128, scores: [TestModels.Score("ifeval", 75), TestModels.Score("bbh", 40.5), TestModels.Score("mmlu-pro", 30.2)]);

        var p = Advise([small, large], "instruction-following");

        Assert.Contains(p, x => x.Kind == PitfallKinds.SmallerModel && x.Models.SequenceEqual(["test/small", "test/large"]));
    }

    [Fact]
    public void SmallerModel_LargerClearlyBetter_NotFlagged()
    {
        var small = TestModels.Dense("test/small", 3, 28, 3072, 24, 8, 128, scores: [TestModels.Score("ifeval", 40), TestModels.Score("bbh", 10), TestModels.Score("mmlu-pro", 10)]);
        var large = TestModels.Dense("test/large", 14, 48, 5120, 40, 8, 128, scores: [TestModels.Score("ifeval", 85), TestModels.Score("bbh", 55), TestModels.Score("mmlu-pro", 45)]);

        Assert.DoesNotContain(Advise([small, large], "instruction-following"), x => x.Kind == PitfallKinds.SmallerModel);
    }

    [Fact]
    public void BaseCheckpointEvidence_LabelledSo()
    {
        var model = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("humaneval", 50, source: "swallow", scale: ScoreScales.Raw, checkpoint: Checkpoints.Base)]);

        Assert.Contains(Advise([model], "code-assistant"), x => x.Kind == PitfallKinds.BaseCheckpointEvidence);
    }

    [Fact]
    public void Message_EveryTemplateFormatsWithItsArguments()
    {
        foreach (var (key, template) in PitfallMessages.EnglishTemplates)
        {
            var count = Enumerable.Range(0, 6).Count(i => template.Contains("{" + i + "}", StringComparison.Ordinal));
            var message = PitfallMessages.English(key, Enumerable.Range(0, count).Select(i => "arg" + i).ToList());
            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        }
    }

    private static IReadOnlyList<Pitfall> Advise(
        CatalogModel[] models, string useCase, int context = 4096, Precision? precision = null, Workload workload = Workload.Inference, int topN = 5) =>
        new Advisor(TestModels.With(models)).Advise(new AdviceRequest(new Hardware(80), useCase, workload, precision, context, TopN: topN)).Pitfalls;
}
