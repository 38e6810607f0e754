namespace ChatOpsAdvisor.Validation;

/// <summary>
/// One candidate's result. Accuracy counts only answered items: failures (timeouts, HTTP errors,
/// malformed responses) are an endpoint problem, reported beside it rather than scored as wrong.
/// </summary>
/// <param name="TokensPerSecond">Completion tokens ÷ seconds over the answers whose usage the endpoint reported; null when none did.</param>
public sealed record CandidateReport(
    string Name,
    string Model,
    string BaseUrl,
    int Items,
    int Answered,
    int Correct,
    WilsonInterval Accuracy,
    IReadOnlyDictionary<string, int> Failures,
    LatencyPercentiles? Latency,
    double? TokensPerSecond,
    IReadOnlyList<EvalItemOutcome> Outcomes)
{
    public int Failed => Items - Answered;

    public static CandidateReport Of(EvalCandidate candidate, IReadOnlyList<EvalItemOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(outcomes);
        var answered = outcomes.Where(o => o.Answered).ToList();
        var correct = answered.Count(o => o.Correct == true);
        var failures = FailureKinds.All.ToDictionary(k => k, k => outcomes.Count(o => o.Failure == k), StringComparer.Ordinal);
        var withUsage = answered.Where(o => o.CompletionTokens is not null).ToList();
        var seconds = withUsage.Sum(o => o.Latency.TotalSeconds);
        double? tokensPerSecond = withUsage.Count == 0 || seconds <= 0 ? null : withUsage.Sum(o => o.CompletionTokens!.Value) / seconds;
        return new CandidateReport(
            candidate.Name,
            candidate.Model,
            candidate.BaseUrl.ToString(),
            outcomes.Count,
            answered.Count,
            correct,
            WilsonInterval.Of(correct, answered.Count),
            failures,
            LatencyPercentiles.Of(answered.Select(o => o.Latency)),
            tokensPerSecond,
            outcomes);
    }
}
