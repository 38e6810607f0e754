using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(50, 100, 0.5, 0.4038, 0.5962)]
    [InlineData(0, 10, 0.0, 0.0, 0.2775)]
    [InlineData(10, 10, 1.0, 0.7225, 1.0)]
    [InlineData(8, 10, 0.8, 0.4902, 0.9433)]
    [InlineData(0, 0, 0.0, 0.0, 1.0)]
    public void WilsonInterval_KnownTables_MatchPublishedValues(int successes, int trials, double p, double lower, double upper)
    {
        var interval = WilsonInterval.Of(successes, trials);

        Assert.Equal(p, interval.Proportion, 4);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(3, 3, 1.0)]
    [InlineData(1, 5, 0.21875)]
    [InlineData(5, 1, 0.21875)]
    [InlineData(2, 8, 0.109375)]
    [InlineData(0, 10, 0.001953125)]
    [InlineData(0, 1, 1.0)]
    public void McNemarExact_SmallTables_EqualTwiceTheBinomialTail(int b, int c, double p)
    {
        Assert.Equal(p, McNemarExact.PValue(b, c), 9);
    }

    [Fact]
    public void McNemarExact_ThousandsOfDiscordantPairs_DoesNotUnderflow()
    {
        Assert.Equal(1.0, McNemarExact.PValue(1500, 1500), 6);
        Assert.True(McNemarExact.PValue(1400, 1600) is > 0 and < 0.001);
    }

    [Theory]
    [InlineData(0, 10, true, "the difference is real (p = 0.002)")]
    [InlineData(2, 8, false, "within noise (p = 0.11)")]
    [InlineData(0, 30, true, "the difference is real (p < 0.001)")]
    public void PairedComparison_Verdict_SaysRealOrNoiseWithP(int b, int c, bool real, string verdictStart)
    {
        var comparison = new PairedComparison("a", "b", 40, 20, b, c, 20 - b - c, McNemarExact.PValue(b, c));

        Assert.Equal(real, comparison.IsReal);
        Assert.StartsWith(verdictStart, comparison.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void LatencyPercentiles_NearestRank_PicksObservedValues()
    {
        var latencies = Enumerable.Range(1, 20).Select(i => TimeSpan.FromMilliseconds(i * 10));

        var percentiles = LatencyPercentiles.Of(latencies)!.Value;

        Assert.Equal(TimeSpan.FromMilliseconds(100), percentiles.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(190), percentiles.P95);
        Assert.Null(LatencyPercentiles.Of([]));
    }

    [Fact]
    public void CandidateReport_TokensPerSecond_UsesOnlyAnswersWithUsageAndSaysUnknownOtherwise()
    {
        var candidate = new EvalCandidate("a", new Uri("http://127.0.0.1:1/v1"), "m");
        EvalItemOutcome Answer(string id, long? tokens) => new(id, true, "x", null, null, TimeSpan.FromSeconds(2), tokens);

        var withUsage = CandidateReport.Of(candidate, [Answer("1", 30), Answer("2", 10), Answer("3", null)]);
        var without = CandidateReport.Of(candidate, [Answer("1", null)]);

        Assert.Equal(10.0, withUsage.TokensPerSecond);
        Assert.Null(without.TokensPerSecond);
    }
}
