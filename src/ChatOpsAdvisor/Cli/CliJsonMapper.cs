using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;
using ChatOpsAdvisor.Advice.Ranking;

namespace ChatOpsAdvisor.Cli;

/// <summary>Maps the advisor's results onto the --json shapes, rounding for readability.</summary>
public static class CliJsonMapper
{
    public static AdviceJson Advice(Recommendation r, ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(r);
        var q = r.Request;
        var estimate = q.Estimate;
        return new AdviceJson(
            r.CatalogVersion,
            new AdviceRequestJson(r.UseCase.Id, q.Hardware.MemoryPerGpuGb, q.Hardware.GpuCount, q.Hardware.Gpu?.Name, q.Workload.Id(), estimate.BaseWeights.Id, q.ContextTokens, q.CommercialUseRequired),
            QuickRule(r.QuickRule),
            r.FittingCount,
            r.Tiers.Select(t => new TierJson(t.Tier.Name, t.Fitting, t.Total, t.Tier.Explanation)).ToList(),
            r.Candidates.Select(c => Candidate(c, catalog)).ToList(),
            r.Ties.Select(t => t.Text).ToList(),
            r.Pitfalls.Select(p => new PitfallJson(p.Kind, p.Message, p.Models)).ToList());
    }

    public static EstimateJson Estimate(MemoryEstimate e, IReadOnlyList<FitAlternative> alternatives)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(alternatives);
        var q = e.Request;
        return new EstimateJson(
            e.Model.Id,
            e.Model.ParametersBillions,
            q.Workload.Id(),
            q.BaseWeights.Id,
            q.Kv.Id,
            q.ContextTokens,
            e.Hardware.GpuCount,
            e.Hardware.MemoryPerGpuGb,
            R(e.Total.WeightsGb),
            R(e.Total.KvCacheGb),
            R(e.Total.OptimizerAndGradientsGb),
            R(e.Total.ActivationsGb),
            R(e.Total.OverheadGb),
            R(e.Total.TotalGb),
            R(e.PerGpu.TotalGb),
            R(e.HeadroomGb),
            e.Fits,
            FitText(e.Fit),
            e.KvCacheIsUpperBound,
            e.ParametersOnly,
            RoundOrNull(DecodeSpeed.TokensPerSecond(e), 0),
            QuickRule(ChatOpsAdvisor.Advice.Memory.QuickRule.For(e.Hardware.TotalMemoryGb, q.ContextTokens)),
            e.Assumptions,
            alternatives.Select(a => new AlternativeJson(a.Kind, a.Description, R(a.Estimate.PerGpu.TotalGb), R(a.Estimate.HeadroomGb))).ToList());
    }

    public static string FitText(FitLevel fit) => fit switch
    {
        FitLevel.Good => "good",
        FitLevel.Tight => "tight",
        _ => "does-not-fit",
    };

    private static QuickRuleJson QuickRule(QuickRule rule) =>
        new(rule.GpuMemoryGb, rule.Context.Id, rule.Context.Factor, rule.BytesPerParameter, R(rule.MaxBillions), rule.Formula);

    private static CandidateJson Candidate(Candidate c, ModelCatalog catalog)
    {
        var m = c.Memory;
        return new CandidateJson(
            c.Rank,
            c.Model.Id,
            c.Model.DisplayName,
            c.Model.ParametersBillions,
            c.Tier.Name,
            new MemoryJson(R(m.Total.WeightsGb), R(m.Total.KvCacheGb), R(m.Total.OptimizerAndGradientsGb), R(m.Total.ActivationsGb), R(m.Total.OverheadGb), R(m.Total.TotalGb), R(m.PerGpu.TotalGb), R(m.HeadroomGb), FitText(m.Fit)),
            m.Fits,
            RoundOrNull(c.Score.Value, 1),
            RoundOrNull(c.Score.HalfWidth, 1),
            c.Score.Confidence.ToString().ToLowerInvariant(),
            R(c.Score.Coverage),
            c.TiedWith,
            RoundOrNull(c.TokensPerSecond, 0),
            new LicenseJson(c.Model.License.Name, c.Model.License.Url, c.Model.License.CommercialUse, c.Model.License.Conditions),
            c.Score.Evidence.Select(e => Evidence(e, catalog)).ToList(),
            c.Score.Missing.Select(b => b.Benchmark).ToList());
    }

    private static EvidenceJson Evidence(Evidence e, ModelCatalog catalog) => new(
        e.Benchmark.Id,
        e.PublishedValue,
        e.Arena is not null ? "arena-rating" : e.Score!.Scale,
        RoundOrNull(e.DisplayHalfWidth, 1),
        e.Items,
        e.Source,
        catalog.Source(e.Source)?.Title,
        e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        e.Score?.Harness,
        e.Score?.Checkpoint ?? Checkpoints.Instruct);

    private static double R(double value) => Math.Round(value, 2);

    private static double? RoundOrNull(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
