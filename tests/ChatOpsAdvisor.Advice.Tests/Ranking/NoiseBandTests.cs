using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice.Tests.Ranking;

/// <summary>Half-widths from domain.md §d ("95 % half-width at p=0.5") and catalog-facts.md's noise rule of thumb.</summary>
public sealed class NoiseBandTests
{
    [Theory]
    [InlineData(164, 7.7)]   // HumanEval
    [InlineData(500, 4.4)]   // MBPP
    [InlineData(541, 4.2)]   // IFEval
    [InlineData(1324, 2.7)]  // MATH Lvl 5
    [InlineData(817, 3.4)]   // TruthfulQA
    [InlineData(14042, 0.8)] // MMLU
    public void HalfWidth_RawAtHalf_MatchesPublishedTable(int items, double expected)
    {
        Assert.Equal(expected, NoiseBand.HalfWidth(50, normalised: false, chance: 0, items), precision: 1);
    }

    [Fact]
    public void HalfWidth_NormalisedGpqa_WidenedByOneThird()
    {
        // GPQA (n = 1,192, p ≈ 0.30): ±2.6 raw → ±3.5 normalised (×1/(1−0.25)).
        var normalisedValue = (0.30 - 0.25) / 0.75 * 100;
        var raw = NoiseBand.HalfWidth(30, normalised: false, chance: 0.25, 1192);
        var normalised = NoiseBand.HalfWidth(normalisedValue, normalised: true, chance: 0.25, 1192);

        Assert.Equal(2.6, raw, precision: 1);
        Assert.Equal(3.5, normalised, precision: 1);
    }

    [Fact]
    public void HalfWidth_PerfectScore_StillUncertain()
    {
        Assert.True(NoiseBand.HalfWidth(100, normalised: false, chance: 0, 164) > 0);
    }

    [Theory]
    [InlineData(100, 9.8)]
    [InlineData(400, 4.9)]
    [InlineData(1000, 3.1)]
    public void MarginForItems_CustomEval_HundredItemsAboutTenPoints(int items, double margin)
    {
        Assert.Equal(margin, NoiseBand.MarginForItems(items), precision: 1);
    }

    [Fact]
    public void ItemsForMargin_FivePoints_AboutFourHundred()
    {
        Assert.Equal(385, NoiseBand.ItemsForMargin(5));
    }

    [Fact]
    public void TieStatement_IfEvalGapWithinNoise_ReadableSentence()
    {
        var benchmark = TestModels.Catalog.Benchmark("ifeval");
        var weighting = new UseCaseBenchmark("ifeval", 1, new LocalizedText("", ""));
        var a = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("ifeval", 75.9));
        var b = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("ifeval", 75.5));

        var tie = TieStatement.Compare("A", a, "B", b);

        Assert.NotNull(tie);
        Assert.Equal("A leads B by 0.4 points on IFEval (541 items, ±5.1): a statistical tie", tie.Text);
    }

    [Fact]
    public void TieStatement_GapBeyondNoise_NoTie()
    {
        var benchmark = TestModels.Catalog.Benchmark("mmlu-pro");
        var weighting = new UseCaseBenchmark("mmlu-pro", 1, new LocalizedText("", ""));
        var a = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("mmlu-pro", 43.4));
        var b = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("mmlu-pro", 36.5));

        Assert.Null(TieStatement.Compare("A", a, "B", b));
    }

    [Fact]
    public void TieStatement_DifferentSources_NeverCompared()
    {
        var benchmark = TestModels.Catalog.Benchmark("ifeval");
        var weighting = new UseCaseBenchmark("ifeval", 1, new LocalizedText("", ""));
        var a = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("ifeval", 80.4, source: "meta-card-3.1", scale: ScoreScales.Raw));
        var b = EvidenceSelector.FromScore(weighting, benchmark, TestModels.Score("ifeval", 80.0));

        Assert.Null(TieStatement.Compare("A", a, "B", b));
    }

    [Fact]
    public void TieStatement_ArenaOverlappingIntervals_Tie()
    {
        // catalog-facts.md quirk 5: Gemma-2-27B-it 1235 (±2) vs Qwen2.5-Coder-32B-Instruct 1234 (±7).
        var gemma = TestModels.Model("google/gemma-2-27b-it");
        var qwen = TestModels.Model("Qwen/Qwen2.5-Coder-32B-Instruct");
        var benchmark = TestModels.Catalog.Benchmark("arena");
        var weighting = new UseCaseBenchmark("arena", 1, new LocalizedText("", ""));

        var tie = TieStatement.Compare(gemma.DisplayName, EvidenceSelector.FromArena(weighting, benchmark, gemma.Arena!), qwen.DisplayName, EvidenceSelector.FromArena(weighting, benchmark, qwen.Arena!));

        Assert.NotNull(tie);
        Assert.True(tie.IsArena);
        Assert.StartsWith(gemma.DisplayName + " (1235) and " + qwen.DisplayName + " (1234) overlap", tie.Text, StringComparison.Ordinal);
    }
}
