using ChatOpsAdvisor.Tests.Validation.Support;
using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation;

/// <summary>The runner against a real OpenAI-compatible server on loopback, through Microsoft.Extensions.AI.OpenAI.</summary>
public sealed class EvalRunnerLoopbackTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunAsync_ErrorsHangAndMalformedAnswers_AreRecordedPerItemAndTheRunCompletes()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        var clock = new ManualClock();
        var timeout = TimeSpan.FromSeconds(30);
        var set = new EvalSet(
        [
            Item("ok1", "say Paris", "Paris", ScoringKinds.Exact),
            Item("ok2", "say The answer is 42", @"\b42\b", ScoringKinds.Regex),
            Item("ok3", "say {\"result\": {\"label\": \"spam\"}}", "spam", ScoringKinds.JsonField, "result.label"),
            Item("wrong", "say London", "Paris", ScoringKinds.Contains),
            Item("http", "fail", "x", ScoringKinds.Exact),
            Item("hang", "hang", "x", ScoringKinds.Exact),
            Item("garbage", "garbage", "x", ScoringKinds.Exact),
            Item("empty", "empty", "x", ScoringKinds.Exact),
        ], []);
        var progress = new ProgressLog();
        var runner = new EvalRunner(clock);

        var run = runner.RunAsync(set, [Candidate(server, "m")], new EvalRunOptions(Concurrency: 4, Timeout: timeout), progress, CancellationToken.None);
        await server.HangReceived.WaitAsync(Patience);
        await progress.Reached(set.Items.Count - 1).WaitAsync(Patience);
        clock.Advance(timeout);
        var result = await run.WaitAsync(Patience);

        var report = Assert.Single(result.Candidates);
        Assert.Equal(8, report.Items);
        Assert.Equal(4, report.Answered);
        Assert.Equal(3, report.Correct);
        Assert.Equal(0.75, report.Accuracy.Proportion);
        Assert.Equal(1, report.Failures[FailureKinds.Timeout]);
        Assert.Equal(1, report.Failures[FailureKinds.HttpError]);
        Assert.Equal(2, report.Failures[FailureKinds.Malformed]);
        Assert.Equal(FailureKinds.Timeout, Outcome(report, "hang").Failure);
        Assert.Equal("HTTP 500", Outcome(report, "http").FailureDetail);
        Assert.Equal(FailureKinds.Malformed, Outcome(report, "garbage").Failure);
        Assert.Equal(FailureKinds.Malformed, Outcome(report, "empty").Failure);
        Assert.Equal(8, progress.Reports.Count);
        Assert.NotNull(report.Latency);
        Assert.NotNull(report.TokensPerSecond);
        Assert.Null(result.Comparison);
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public async Task RunAsync_TwoCandidates_GiveAPairedMcNemarVerdict()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        var items = Enumerable.Range(1, 30).Select(i => Item(
            "q" + i, i % 3 == 0 ? $"say [hard] item {i}" : $"say item {i}", $"item {i}", ScoringKinds.Exact)).ToList();
        var runner = new EvalRunner(TimeProvider.System);

        var result = await runner.RunAsync(new EvalSet(items, []), [Candidate(server, "strong"), Candidate(server, "weak")], new EvalRunOptions(), null, CancellationToken.None)
            .WaitAsync(Patience);

        Assert.Equal(1.0, result.Candidates[0].Accuracy.Proportion);
        Assert.Equal(20, result.Candidates[1].Correct);
        var comparison = Assert.IsType<PairedComparison>(result.Comparison);
        Assert.Equal(30, comparison.Paired);
        Assert.Equal(10, comparison.OnlyFirstCorrect);
        Assert.Equal(0, comparison.OnlySecondCorrect);
        Assert.True(comparison.IsReal);
        Assert.Equal("strong", comparison.Better);
        Assert.StartsWith("the difference is real (p = 0.002)", comparison.Verdict, StringComparison.Ordinal);
        Assert.Contains("strong 100%", result.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_KeyGiven_IsSentAsBearerAndAbsentKeyUsesPlaceholder()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        var runner = new EvalRunner(TimeProvider.System);
        var set = new EvalSet([Item("a", "say hi", "hi", ScoringKinds.Exact)], []);

        await runner.RunAsync(set, [Candidate(server, "m") with { ApiKey = "sk-loopback-1" }], new EvalRunOptions(), null, CancellationToken.None).WaitAsync(Patience);
        await runner.RunAsync(set, [Candidate(server, "m")], new EvalRunOptions(), null, CancellationToken.None).WaitAsync(Patience);

        Assert.Contains("Bearer sk-loopback-1", server.Authorizations);
        Assert.Contains("Bearer " + CandidateChatClients.PlaceholderKey, server.Authorizations);
    }

    private static EvalCandidate Candidate(FakeCompletionServer server, string model) =>
        CandidateSpec.Parse($"{model}={server.Root},{model}");

    private static EvalItem Item(string id, string prompt, string expected, string scoring, string? field = null) =>
        new(id, 1, prompt, expected, scoring, field);

    private static EvalItemOutcome Outcome(CandidateReport report, string id) => report.Outcomes.Single(o => o.ItemId == id);
}
