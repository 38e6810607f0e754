using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Advice.Tests.Memory;

public sealed class QuickRuleTests
{
    [Theory]
    [InlineData(24, 8192, 6.92, "24 GB × 0.75 ÷ 1.3 ÷ 2 = 6.9B")]
    [InlineData(24, 2048, 7.5, "24 GB × 0.75 ÷ 1.2 ÷ 2 = 7.5B")]
    [InlineData(24, 32768, 6.0, "24 GB × 0.75 ÷ 1.5 ÷ 2 = 6.0B")]
    [InlineData(80, 131072, 13.04, "80 GB × 0.75 ÷ 2.3 ÷ 2 = 13.0B")]
    [InlineData(48, 8192, 13.85, "48 GB × 0.75 ÷ 1.3 ÷ 2 = 13.8B")]
    public void For_GpuAndContext_MaxBillionsWithFormula(double gb, int context, double expected, string formula)
    {
        var rule = QuickRule.For(gb, context);

        Assert.Equal(expected, rule.MaxBillions, precision: 2);
        Assert.Equal(formula, rule.Formula);
    }

    [Fact]
    public void For_TwentyFourGbNormalContext_AboutSevenBillion()
    {
        // The method: "24 GB → about 7B".
        Assert.Equal(7, Math.Round(QuickRule.For(24, 4096).MaxBillions));
    }

    [Theory]
    [InlineData(1, "short")]
    [InlineData(2048, "short")]
    [InlineData(2049, "normal")]
    [InlineData(8192, "normal")]
    [InlineData(32768, "long")]
    [InlineData(131072, "very-long")]
    public void ContextClass_ForTokens_PicksClass(int tokens, string id)
    {
        Assert.Equal(id, ContextClass.For(tokens).Id);
    }

    [Fact]
    public void ContextClass_NormalFactor_ConsistentWithDerivation()
    {
        // factor ≈ 1.2 + KV(8B GQA at the class's upper bound) ÷ bf16 weights (16.06 GB); 8k → 1.27 ≈ 1.3.
        var kvShare = 131072.0 * 8192 / 16.06e9;
        Assert.Equal(ContextClass.Normal.Factor, Math.Round(1.2 + kvShare, 1));
        Assert.Equal(ContextClass.Long.Factor, Math.Round(1.2 + (131072.0 * 32768 / 16.06e9), 1));
    }
}
