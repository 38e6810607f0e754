using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>
/// Memory from a model's real architecture (shared/reference/domain.md §a–b):
/// weights = parameters × bytes per parameter; KV cache = 2 × layers × KV heads × head_dim × bytes
/// × context × batch; optimiser and gradients for fine-tuning (AdamW mixed precision: 16 bytes per
/// trained parameter, Transformer Math 101); activations per layer ≈ 34·s·b·h bytes (Korthikanti et al.
/// 2022, attention scores not stored, as with FlashAttention/SDPA); a fixed runtime overhead per GPU.
/// </summary>
public static class MemoryEstimator
{
    public const double Gb = 1e9;

    /// <summary>CUDA context and allocator buffers per GPU: gpu_poor assumes 650 MB (llmfit 0.5 GB).</summary>
    public const double OverheadPerGpuGb = 0.65;

    /// <summary>AdamW: fp32 master weights, momentum and variance (12 B) + bf16 gradients (2 B) per trained parameter.</summary>
    public const double OptimizerAndGradientBytesPerTrainedParameter = 14;

    /// <summary>Activation bytes per token per hidden unit per layer (Korthikanti et al., 16-bit, no attention-score term).</summary>
    public const double ActivationBytesPerTokenPerHidden = 34;

    /// <summary>llmfit's KV fallback when no architecture is known: 0.000008 GB × billions × context.</summary>
    public const double FallbackKvGbPerBillionPerToken = 0.000008;

    public static MemoryEstimate Estimate(CatalogModel model, EstimateRequest request, Hardware hardware)
    {
        var c = Compute(model, request, hardware);
        var n = hardware.GpuCount;
        var training = request.Workload.IsFineTuning();
        var arch = model.Architecture;

        // Each GPU runs its own micro-batch when training, so activations repeat per GPU.
        var total = new MemoryBreakdown(c.WeightsGb, c.KvGb, c.OptimizerGb, c.ActivationsGb * n, OverheadPerGpuGb * n);
        var perGpu = new MemoryBreakdown(c.WeightsGb / n, c.KvPerGpuGb, c.OptimizerGb / n, c.ActivationsGb, OverheadPerGpuGb);
        return new MemoryEstimate(
            model,
            request,
            hardware,
            total,
            perGpu,
            KvBytesPerToken(arch, request.Kv) ?? 0,
            c.AdapterBillions,
            KvCacheIsUpperBound: !training && arch is { KvCacheIsUpperBound: true },
            KvCacheUnknown: arch is null || arch.KvCacheUnknown,
            ParametersOnly: arch is null);
    }

    /// <summary>Does the model fit on each GPU? The allocation-free path ranking uses for thousands of models.</summary>
    public static bool Fits(CatalogModel model, EstimateRequest request, Hardware hardware) =>
        Compute(model, request, hardware).PerGpuTotalGb(hardware.GpuCount) <= hardware.MemoryPerGpuGb;

    private static Components Compute(CatalogModel model, EstimateRequest request, Hardware hardware)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hardware);

        var arch = model.Architecture;
        var n = hardware.GpuCount;
        var training = request.Workload.IsFineTuning();
        var settings = request.Settings;

        var baseWeightsGb = model.ParametersBillions * request.BaseWeights.BytesPerParameter;
        var adapterBillions = request.Workload is Workload.Lora or Workload.Qlora ? AdapterParametersBillions(model, settings.LoraRank) : 0;
        var weightsGb = baseWeightsGb + (adapterBillions * Precisions.Bf16.BytesPerParameter);

        var trainedBillions = request.Workload switch
        {
            Workload.FullFineTune => model.ParametersBillions,
            Workload.Lora or Workload.Qlora => adapterBillions,
            _ => 0,
        };

        var kvGb = 0.0;
        if (!training)
        {
            kvGb = arch is not null && !arch.KvCacheUnknown
                ? KvCacheBytes(arch, request.Kv, request.ContextTokens, request.Batch) / Gb
                : FallbackKvGbPerBillionPerToken * model.ParametersBillions * request.ContextTokens * request.Batch;
        }

        var activationsGb = training && arch is not null ? ActivationBytes(arch, request.ContextTokens, settings) / Gb : 0;
        return new Components(weightsGb, kvGb, kvGb / KvShards(arch, n), trainedBillions * OptimizerAndGradientBytesPerTrainedParameter, activationsGb, adapterBillions);
    }

    /// <summary>KV bytes for one token at full attention: 2 × layers × KV heads × head_dim × bytes per element.</summary>
    public static double? KvBytesPerToken(ModelArchitecture? arch, KvPrecision kv) =>
        arch is null || arch.KvCacheUnknown ? null : 2.0 * arch.Layers * arch.KvHeads!.Value * arch.HeadDim!.Value * kv.BytesPerElement;

    /// <summary>The whole cache; sliding-window layers hold at most their window when the catalog gives it.</summary>
    public static double KvCacheBytes(ModelArchitecture arch, KvPrecision kv, int contextTokens, int batch)
    {
        ArgumentNullException.ThrowIfNull(arch);
        ArgumentNullException.ThrowIfNull(kv);
        if (arch.KvCacheUnknown)
        {
            throw new ArgumentException("the KV formula does not apply to this architecture", nameof(arch));
        }

        var perLayerPerToken = 2.0 * arch.KvHeads!.Value * arch.HeadDim!.Value * kv.BytesPerElement;
        var window = arch.SlidingWindow;
        var layerTokens = window is null
            ? (double)arch.Layers * contextTokens
            : ((double)(arch.Layers - window.SlidingLayers) * contextTokens) + ((double)window.SlidingLayers * Math.Min(contextTokens, window.WindowTokens));
        return perLayerPerToken * layerTokens * batch;
    }

    /// <summary>
    /// LoRA adapter parameters on the attention projections (q, k, v, o): rank × layers ×
    /// [(h + H·d) + 2·(h + K·d) + (H·d + h)] — each adapted matrix W (in × out) gains in·r + r·out.
    /// </summary>
    public static double AdapterParametersBillions(CatalogModel model, int rank)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Architecture is not { } a)
        {
            // No config: the LoRA paper's "10,000 times fewer trainable parameters" bounds adapters far below 1% of the base.
            return model.ParametersBillions * 0.005;
        }

        var h = (double)a.HiddenSize;
        var qOut = (double)a.AttentionHeads * (a.HeadDim ?? (a.HiddenSize / a.AttentionHeads));
        var kvOut = (double)(a.KvHeads ?? a.AttentionHeads) * (a.HeadDim ?? (a.HiddenSize / a.AttentionHeads));
        var perLayer = (h + qOut) + (2 * (h + kvOut)) + (qOut + h);
        return rank * a.Layers * perLayer / 1e9;
    }

    /// <summary>Training activations: 34·s·b·h bytes per layer; with checkpointing only each layer's input (2·s·b·h) plus one layer recomputed.</summary>
    public static double ActivationBytes(ModelArchitecture arch, int sequenceTokens, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(arch);
        ArgumentNullException.ThrowIfNull(settings);
        var sbh = (double)sequenceTokens * settings.MicroBatch * arch.HiddenSize;
        return settings.GradientCheckpointing
            ? (arch.Layers * 2 * sbh) + (ActivationBytesPerTokenPerHidden * sbh)
            : arch.Layers * ActivationBytesPerTokenPerHidden * sbh;
    }

    /// <summary>Tensor parallelism splits KV heads across GPUs; a GPU holds at least one head.</summary>
    private static int KvShards(ModelArchitecture? arch, int gpus) =>
        arch?.KvHeads is { } kv ? Math.Max(1, Math.Min(gpus, kv)) : gpus;

    /// <summary>The estimate's parts before they are split into total and per-GPU breakdowns.</summary>
    private readonly record struct Components(double WeightsGb, double KvGb, double KvPerGpuGb, double OptimizerGb, double ActivationsGb, double AdapterBillions)
    {
        public double PerGpuTotalGb(int gpus) => ((WeightsGb + OptimizerGb) / gpus) + KvPerGpuGb + ActivationsGb + OverheadPerGpuGb;
    }
}
