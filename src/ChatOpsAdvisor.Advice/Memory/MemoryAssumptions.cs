using System.Globalization;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>One assumption behind an estimate: a stable key, its arguments, and its English wording.</summary>
public sealed record MemoryAssumption(string Key, IReadOnlyList<string> Args)
{
    public string Text => string.Format(CultureInfo.InvariantCulture, MemoryAssumptions.EnglishTemplates[Key], Args.Cast<object>().ToArray());
}

/// <summary>The assumptions behind an estimate, stated so a reader can check them.</summary>
public static class MemoryAssumptions
{
    public static readonly IReadOnlyDictionary<string, string> EnglishTemplates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["no-architecture-training"] = "No architecture in the catalog: weights and optimiser only, activations not estimated.",
        ["no-architecture"] = "No architecture in the catalog: KV cache from llmfit's parameters-only rule (0.000008 GB per billion parameters per token).",
        ["mla"] = "Multi-head latent attention: the GQA KV formula does not apply; KV cache from the parameters-only rule.",
        ["sliding-window"] = "Sliding-window layers: the KV cache shown is an upper bound.",
        ["moe"] = "Mixture of experts: all experts are held in memory.",
        ["full"] = "Full fine-tuning with AdamW in mixed precision: 16 bytes per parameter before activations.",
        ["qlora"] = "QLoRA: NF4 base, LoRA rank {0} on q/k/v/o ({1}M adapter parameters) trained with AdamW.",
        ["lora"] = "LoRA: {2} base, rank {0} on q/k/v/o ({1}M adapter parameters) trained with AdamW.",
        ["sequence"] = "Sequence {0} tokens, micro-batch {1}, gradient checkpointing {2}.",
        ["fsdp"] = "{0} GPUs with fully sharded data parallelism (FSDP/ZeRO-3): weights, gradients and optimiser split; activations per GPU.",
        ["tensor-parallel"] = "{0} GPUs with tensor parallelism: weights and KV heads split; runtime overhead on every GPU.",
        ["overhead"] = "Runtime overhead (CUDA context and buffers): {0} GB per GPU.",
    };

    /// <summary>The assumptions in English.</summary>
    public static IReadOnlyList<string> Describe(MemoryEstimate estimate) => Keyed(estimate).Select(a => a.Text).ToList();

    public static IReadOnlyList<MemoryAssumption> Keyed(MemoryEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var list = new List<MemoryAssumption>();
        var request = estimate.Request;
        var arch = estimate.Model.Architecture;
        var training = request.Workload.IsFineTuning();
        var gpus = estimate.Hardware.GpuCount.ToString(CultureInfo.InvariantCulture);

        if (arch is null)
        {
            list.Add(new(training ? "no-architecture-training" : "no-architecture", []));
        }
        else if (arch.KvCacheUnknown && !training)
        {
            list.Add(new("mla", []));
        }
        else if (estimate.KvCacheIsUpperBound)
        {
            list.Add(new("sliding-window", []));
        }

        if (estimate.Model.IsMixtureOfExperts)
        {
            list.Add(new("moe", []));
        }

        if (training)
        {
            var s = request.Settings;
            var rank = s.LoraRank.ToString(CultureInfo.InvariantCulture);
            var adapters = (estimate.AdapterParametersBillions * 1000).ToString("0.#", CultureInfo.InvariantCulture);
            list.Add(request.Workload switch
            {
                Workload.FullFineTune => new("full", []),
                Workload.Qlora => new("qlora", [rank, adapters, request.Precision.Name]),
                _ => new("lora", [rank, adapters, request.Precision.Name]),
            });
            list.Add(new("sequence", [request.ContextTokens.ToString(CultureInfo.InvariantCulture), s.MicroBatch.ToString(CultureInfo.InvariantCulture), s.GradientCheckpointing ? "on" : "off"]));
            if (estimate.Hardware.GpuCount > 1)
            {
                list.Add(new("fsdp", [gpus]));
            }
        }
        else if (estimate.Hardware.GpuCount > 1)
        {
            list.Add(new("tensor-parallel", [gpus]));
        }

        list.Add(new("overhead", [MemoryEstimator.OverheadPerGpuGb.ToString(CultureInfo.InvariantCulture)]));
        return list;
    }
}
