using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice.Tests.Ranking;

public sealed class AdvisorTests
{
    private static readonly Advisor Real = new(TestModels.Catalog);

    [Fact]
    public void Advise_24GbCodeAssistant_OnlyFittingCandidatesRankedWithQuickRule()
    {
        var r = Real.Advise(new AdviceRequest(new Hardware(24), "code-assistant"));

        Assert.Equal(6.92, r.QuickRule.MaxBillions, precision: 2);
        Assert.Equal(5, r.Candidates.Count);
        Assert.All(r.Candidates, c => Assert.True(c.Memory.Fits));
        Assert.Equal(Enumerable.Range(1, 5), r.Candidates.Select(c => c.Rank));
        Assert.DoesNotContain(r.Candidates, c => c.Model.ParametersBillions > 24);
    }

    [Fact]
    public void Advise_CandidatesOrderedByScoreAmongWellEvidenced()
    {
        var r = Real.Advise(new AdviceRequest(new Hardware(80), "instruction-following", TopN: 10));

        var evidenced = r.Candidates.Where(c => c.Score.HasEnoughEvidence).Select(c => c.Score.Value!.Value).ToList();
        Assert.Equal(evidenced.OrderByDescending(v => v), evidenced);
        Assert.True(r.Candidates.TakeWhile(c => c.Score.HasEnoughEvidence).Count() == evidenced.Count, "well-evidenced models come first");
    }

    [Fact]
    public void Advise_CommercialUseRequired_NonCommercialAndUnverifiedLeftOut()
    {
        var r = Real.Advise(new AdviceRequest(new Hardware(80), "general-chat", CommercialUseRequired: true, TopN: 50));

        Assert.All(r.Candidates, c => Assert.True(c.Model.License.AllowsCommercialUse));
        Assert.Contains(r.Excluded, e => e.Reason == ExclusionReasons.Licence && e.Model.Id == "CohereForAI/c4ai-command-r-v01");
        Assert.Contains(r.Excluded, e => e.Reason == ExclusionReasons.Licence && e.Model.Id == "Qwen/Qwen2.5-3B-Instruct");
    }

    [Fact]
    public void Advise_LongContextNeeded_ShortContextModelsLeftOut()
    {
        var r = Real.Advise(new AdviceRequest(new Hardware(80), "general-chat", ContextTokens: 16384, TopN: 50));

        Assert.DoesNotContain(r.Candidates, c => c.Model.ContextLength < 16384);
        Assert.Contains(r.Excluded, e => e.Reason == ExclusionReasons.ContextTooShort && e.Model.Id == "allenai/OLMo-2-1124-7B-Instruct");
    }

    [Fact]
    public void Advise_TierCounts_CountEveryCatalogModelOnce()
    {
        var r = Real.Advise(new AdviceRequest(new Hardware(24), "general-chat"));

        Assert.Equal(TestModels.Catalog.Models.Count, r.Tiers.Sum(t => t.Total));
        Assert.All(r.Tiers, t => Assert.InRange(t.Fitting, 0, t.Total));
        Assert.Equal(0, r.Tiers.Single(t => t.Tier == SizeTier.ExtraLarge).Fitting);
    }

    [Fact]
    public void Advise_MissingEvidence_ShownAsMissingNotZero()
    {
        var scored = TestModels.Dense("test/scored", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 60), TestModels.Score("mmlu-pro", 30)], arena: new ArenaRating(1200, 5, 5, 1000, "x", null, "arena"));
        var bare = TestModels.Dense("test/bare", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 90)]);
        var advisor = new Advisor(TestModels.With(scored, bare));

        var r = advisor.Advise(new AdviceRequest(new Hardware(80), "general-chat"));

        var b = r.Candidates.Single(c => c.Model.Id == "test/bare");
        Assert.Equal(90, b.Score.Value);
        Assert.Contains(b.Score.Missing, m => m.Benchmark == "arena");
        Assert.True(b.Score.Coverage < 1);
        Assert.Equal("test/scored", r.Candidates[0].Model.Id);
    }

    [Fact]
    public void Advise_NoEvidenceAtAll_RankedLastNeverAverage()
    {
        var none = TestModels.Dense("test/none", 1, 16, 2048, 32, 8, 64);
        var weak = TestModels.Dense("test/weak", 1, 16, 2048, 32, 8, 64, scores: [TestModels.Score("ifeval", 5), TestModels.Score("bbh", 5), TestModels.Score("mmlu-pro", 5)]);
        var advisor = new Advisor(TestModels.With(none, weak));

        var r = advisor.Advise(new AdviceRequest(new Hardware(24), "instruction-following"));

        Assert.Equal("test/weak", r.Candidates[0].Model.Id);
        Assert.Null(r.Candidates[1].Score.Value);
        Assert.Equal(EvidenceConfidence.None, r.Candidates[1].Score.Confidence);
    }

    [Fact]
    public void Advise_TwoModelsWithinNoise_ReportedAsTiedBothWays()
    {
        var a = TestModels.Dense("test/a", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 75.9), TestModels.Score("bbh", 40), TestModels.Score("mmlu-pro", 30)]);
        var b = TestModels.Dense("test/b", 7, 32, 4096, 32, 8, 128, scores: [TestModels.Score("ifeval", 75.5), TestModels.Score("bbh", 40.2), TestModels.Score("mmlu-pro", 30.1)]);
        var advisor = new Advisor(TestModels.With(a, b));

        var r = advisor.Advise(new AdviceRequest(new Hardware(80), "instruction-following"));

        Assert.Contains("test/b", r.Candidates.Single(c => c.Model.Id == "test/a").TiedWith);
        Assert.Contains("test/a", r.Candidates.Single(c => c.Model.Id == "test/b").TiedWith);
        Assert.Contains(r.Ties, t => t.Text.StartsWith("test/a leads test/b by 0.4 points on IFEval", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_UnknownUseCase_Throws()
    {
        Assert.Throws<ArgumentException>(() => Real.Advise(new AdviceRequest(new Hardware(24), "astrology")));
    }

    [Fact]
    public void Advise_OnDeviceUseCase_CapsModelSize()
    {
        var useCase = TestModels.Catalog.UseCase("on-device-extraction")!;

        var r = Real.Advise(new AdviceRequest(new Hardware(80), useCase.Id, TopN: 50));

        Assert.NotNull(useCase.MaxParametersBillions);
        Assert.All(r.Candidates, c => Assert.True(c.Model.ParametersBillions <= useCase.MaxParametersBillions));
    }

    [Fact]
    public void DecodeSpeed_Rtx4090Llama8BQ4_NearLlmfitEstimate()
    {
        // domain.md §c.1: ceiling 1008 GB/s ÷ 4.92 GB ≈ 205 tok/s; × 0.55 ≈ 113 before KV reads.
        var gpu = TestModels.Catalog.FindGpu("RTX 4090")!;
        var e = MemoryEstimator.Estimate(TestModels.Model("meta-llama/Llama-3.1-8B-Instruct"), new EstimateRequest(Workload.Inference, Precisions.GgufQ4KM, 1024), Hardware.Of(gpu));

        var tps = DecodeSpeed.TokensPerSecond(e);

        Assert.NotNull(tps);
        Assert.InRange(tps.Value, 100, 113);
    }

    [Fact]
    public void DecodeSpeed_UnknownBandwidth_Null()
    {
        var e = MemoryEstimator.Estimate(TestModels.Model("meta-llama/Llama-3.1-8B-Instruct"), new EstimateRequest(Workload.Inference, Precisions.Bf16, 1024), new Hardware(24));

        Assert.Null(DecodeSpeed.TokensPerSecond(e));
    }

    [Fact]
    public void FitAlternatives_70BOnOne4090_SuggestsPrecisionAndGpus()
    {
        var gpu = TestModels.Catalog.FindGpu("RTX 4090")!;
        var e = MemoryEstimator.Estimate(TestModels.Model("meta-llama/Llama-3.1-70B-Instruct"), new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192), Hardware.Of(gpu));

        var alternatives = FitAlternatives.For(e);

        Assert.False(e.Fits);
        Assert.Contains(alternatives, a => a.Kind == FitAlternativeKinds.MoreGpus && a.Estimate.Hardware.GpuCount == 7);
        Assert.All(alternatives, a => Assert.True(a.Estimate.Fits));
    }

    [Fact]
    public void FitAlternatives_LoraTooBig_SuggestsQlora()
    {
        var e = MemoryEstimator.Estimate(TestModels.Model("Qwen/Qwen2.5-14B-Instruct"), new EstimateRequest(Workload.Lora, Precisions.Bf16, 2048), new Hardware(24));

        var alternatives = FitAlternatives.For(e);

        Assert.Contains(alternatives, a => a.Kind == FitAlternativeKinds.Qlora);
    }

    [Fact]
    public void FitAlternatives_AlreadyFits_None()
    {
        var e = MemoryEstimator.Estimate(TestModels.Model("Qwen/Qwen2.5-0.5B-Instruct"), new EstimateRequest(Workload.Inference, Precisions.Bf16, 2048), new Hardware(24));

        Assert.Empty(FitAlternatives.For(e));
    }
}
