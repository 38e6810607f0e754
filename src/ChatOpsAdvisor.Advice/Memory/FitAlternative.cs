namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>A change that would make a model fit, with the estimate that proves it.</summary>
public sealed record FitAlternative(string Kind, string Description, MemoryEstimate Estimate);

public static class FitAlternativeKinds
{
    public const string Precision = "precision";
    public const string MoreGpus = "more-gpus";
    public const string Qlora = "qlora";
    public const string GradientCheckpointing = "gradient-checkpointing";
    public const string ShorterContext = "shorter-context";
}

/// <summary>When a model does not fit: the smallest change along each axis that would make it fit.</summary>
public static class FitAlternatives
{
    public const int MaxGpusTried = 8;
    public const int MinContextTried = 2048;

    public static IReadOnlyList<FitAlternative> For(MemoryEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.Fits)
        {
            return [];
        }

        var model = estimate.Model;
        var request = estimate.Request;
        var hardware = estimate.Hardware;
        var alternatives = new List<FitAlternative>();

        if (request.Workload is Workload.Inference or Workload.Lora)
        {
            var current = request.Precision.BitsPerWeight;
            foreach (var precision in Precisions.FallbackOrder.Where(p => p.BitsPerWeight < current))
            {
                var e = MemoryEstimator.Estimate(model, request with { Precision = precision }, hardware);
                if (e.Fits)
                {
                    alternatives.Add(new FitAlternative(FitAlternativeKinds.Precision, $"{precision.Name} weights", e));
                    break;
                }
            }
        }

        if (request.Workload == Workload.Lora)
        {
            var e = MemoryEstimator.Estimate(model, request with { Workload = Workload.Qlora }, hardware);
            if (e.Fits)
            {
                alternatives.Add(new FitAlternative(FitAlternativeKinds.Qlora, "QLoRA instead of LoRA", e));
            }
        }

        if (request.Workload.IsFineTuning() && !request.Settings.GradientCheckpointing)
        {
            var e = MemoryEstimator.Estimate(model, request with { Training = request.Settings with { GradientCheckpointing = true } }, hardware);
            if (e.Fits)
            {
                alternatives.Add(new FitAlternative(FitAlternativeKinds.GradientCheckpointing, "gradient checkpointing on", e));
            }
        }

        for (var gpus = hardware.GpuCount + 1; gpus <= Math.Max(MaxGpusTried, hardware.GpuCount); gpus++)
        {
            var e = MemoryEstimator.Estimate(model, request, hardware with { GpuCount = gpus });
            if (e.Fits)
            {
                alternatives.Add(new FitAlternative(FitAlternativeKinds.MoreGpus, $"{gpus} GPUs", e));
                break;
            }
        }

        for (var context = request.ContextTokens / 2; context >= MinContextTried; context /= 2)
        {
            var e = MemoryEstimator.Estimate(model, request with { ContextTokens = context }, hardware);
            if (e.Fits)
            {
                alternatives.Add(new FitAlternative(FitAlternativeKinds.ShorterContext, $"{context} tokens of context", e));
                break;
            }
        }

        return alternatives;
    }
}
