using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsAdvisor.Cli;

/// <summary>The --json output of advise and estimate: one object on stdout (documented in README.md).</summary>
public sealed record AdviceJson(
    string CatalogVersion,
    AdviceRequestJson Request,
    QuickRuleJson QuickRule,
    int FittingCount,
    IReadOnlyList<TierJson> Tiers,
    IReadOnlyList<CandidateJson> Candidates,
    IReadOnlyList<string> Ties,
    IReadOnlyList<PitfallJson> Pitfalls);

public sealed record AdviceRequestJson(
    string UseCase, double GpuMemoryGb, int Gpus, string? Gpu, string Workload, string Precision, int ContextTokens, bool CommercialUseRequired);

public sealed record QuickRuleJson(double GpuMemoryGb, string ContextClass, double ContextFactor, double BytesPerParameter, double MaxBillions, string Formula);

public sealed record TierJson(string Tier, int Fitting, int Total, string Explanation);

public sealed record CandidateJson(
    int Rank,
    string Model,
    string DisplayName,
    double ParametersBillions,
    string Tier,
    MemoryJson Memory,
    bool Fits,
    double? Score,
    double? ScoreHalfWidth,
    string Confidence,
    double Coverage,
    IReadOnlyList<string> TiedWith,
    double? TokensPerSecond,
    LicenseJson License,
    IReadOnlyList<EvidenceJson> Evidence,
    IReadOnlyList<string> MissingEvidence);

public sealed record MemoryJson(
    double WeightsGb, double KvCacheGb, double OptimizerAndGradientsGb, double ActivationsGb, double OverheadGb, double TotalGb, double PerGpuTotalGb, double HeadroomGb, string Fit);

public sealed record LicenseJson(string Name, string? Url, string CommercialUse, IReadOnlyList<string> Conditions);

public sealed record EvidenceJson(
    string Benchmark, double Value, string Scale, double? HalfWidth, int? Items, string Source, string? SourceTitle, string? Date, string? Harness, string Checkpoint);

public sealed record PitfallJson(string Kind, string Message, IReadOnlyList<string> Models);

public sealed record EstimateJson(
    string Model,
    double ParametersBillions,
    string Workload,
    string Precision,
    string KvPrecision,
    int ContextTokens,
    int Gpus,
    double GpuMemoryGb,
    double WeightsGb,
    double KvCacheGb,
    double OptimizerAndGradientsGb,
    double ActivationsGb,
    double OverheadGb,
    double TotalGb,
    double PerGpuTotalGb,
    double HeadroomGb,
    bool Fits,
    string Fit,
    bool KvCacheIsUpperBound,
    bool ParametersOnly,
    double? TokensPerSecond,
    QuickRuleJson QuickRule,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<AlternativeJson> Alternatives);

public sealed record AlternativeJson(string Kind, string Description, double PerGpuTotalGb, double HeadroomGb);

public sealed record ErrorJson(string Error, IReadOnlyList<string> Suggestions);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AdviceJson))]
[JsonSerializable(typeof(EstimateJson))]
[JsonSerializable(typeof(ErrorJson))]
public sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>Readable output: "×" and "–" stay as they are (stdout is not embedded in HTML).</summary>
public static class CliJsonOutput
{
    private static readonly Lazy<CliJsonContext> Instance = new(() =>
        new CliJsonContext(new JsonSerializerOptions(CliJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    public static CliJsonContext Context => Instance.Value;
}
