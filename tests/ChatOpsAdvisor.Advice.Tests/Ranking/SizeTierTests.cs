using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Advice.Tests.Ranking;

public sealed class SizeTierTests
{
    [Theory]
    [InlineData(0.5, "1-3b")]
    [InlineData(4.99, "1-3b")]
    [InlineData(5, "7-8b")]
    [InlineData(9.99, "7-8b")]
    [InlineData(10, "13-20b")]
    [InlineData(25, "30-70b")]
    [InlineData(79.9, "30-70b")]
    [InlineData(80, "80b+")]
    [InlineData(671, "80b+")]
    [InlineData(double.MaxValue, "80b+")]
    [InlineData(double.PositiveInfinity, "80b+")]
    public void For_DenseSizes_TierWhoseRangeHoldsThem(double billions, string tier)
    {
        Assert.Equal(tier, SizeTier.For(billions, mixtureOfExperts: false).Id);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(235)]
    public void For_MixtureOfExperts_ItsOwnTierWhateverTheSize(double billions)
    {
        Assert.Same(SizeTier.MixtureOfExperts, SizeTier.For(billions, mixtureOfExperts: true));
    }
}
