using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Cli;

/// <summary>validate --json: one object on stdout. Candidate keys are not part of it.</summary>
public sealed record ValidateJson(int Items, string Summary, IReadOnlyList<ValidateCandidateJson> Candidates, ValidateComparisonJson? Comparison, IReadOnlyList<SkippedLineJson> Skipped)
{
    public static ValidateJson Of(EvalRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Items,
            result.Summary(),
            [.. result.Candidates.Select(ValidateCandidateJson.Of)],
            result.Comparison is { } c ? new ValidateComparisonJson(c.First, c.Second, c.Paired, c.BothCorrect, c.OnlyFirstCorrect, c.OnlySecondCorrect, c.BothWrong, c.PValue, c.IsReal, c.Better, c.Verdict) : null,
            [.. result.Skipped.Select(s => new SkippedLineJson(s.Line, s.Reason))]);
    }
}

public sealed record ValidateCandidateJson(
    string Name, string Model, string BaseUrl, int Items, int Answered, int Correct, double Accuracy, double AccuracyLower, double AccuracyUpper,
    IReadOnlyDictionary<string, int> Failures, double? LatencyP50Ms, double? LatencyP95Ms, double? TokensPerSecond, IReadOnlyList<ValidateItemJson> Outcomes)
{
    public static ValidateCandidateJson Of(CandidateReport c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Name, c.Model, c.BaseUrl, c.Items, c.Answered, c.Correct, c.Accuracy.Proportion, c.Accuracy.Lower, c.Accuracy.Upper, c.Failures,
            c.Latency?.P50.TotalMilliseconds, c.Latency?.P95.TotalMilliseconds, c.TokensPerSecond,
            [.. c.Outcomes.Select(o => new ValidateItemJson(o.ItemId, o.Correct, o.Failure, o.FailureDetail, o.Latency.TotalMilliseconds, o.CompletionTokens, o.Answer))]);
    }
}

public sealed record ValidateItemJson(string Id, bool? Correct, string? Failure, string? Detail, double LatencyMs, long? CompletionTokens, string? Answer);

public sealed record ValidateComparisonJson(
    string First, string Second, int Paired, int BothCorrect, int OnlyFirstCorrect, int OnlySecondCorrect, int BothWrong, double PValue, bool Real, string? Better, string Verdict);

public sealed record SkippedLineJson(int Line, string Reason);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidateJson))]
public sealed partial class ValidateJsonContext : JsonSerializerContext;

/// <summary>Readable output, as for advise --json: stdout is not embedded in HTML.</summary>
public static class ValidateJsonOutput
{
    private static readonly Lazy<ValidateJsonContext> Instance = new(() =>
        new ValidateJsonContext(new JsonSerializerOptions(ValidateJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    public static ValidateJsonContext Context => Instance.Value;
}
