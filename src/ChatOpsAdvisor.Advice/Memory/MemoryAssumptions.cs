using System.Globalization;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>The assumptions behind an estimate, stated so a reader can check them.</summary>
public static class MemoryAssumptions
{
    public static IReadOnlyList<string> Describe(MemoryEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var list = new List<string>();
        var request = estimate.Request;
        var arch = estimate.Model.Architecture;
        var training = request.Workload.IsFineTuning();
        var gpus = estimate.Hardware.GpuCount;

        if (arch is null)
        {
            list.Add(training
                ? "No architecture in the catalog: weights and optimiser only, activations not estimated."
                : "No architecture in the catalog: KV cache from llmfit's parameters-only rule (0.000008 GB per billion parameters per token).");
        }
        else if (arch.KvCacheUnknown && !training)
        {
            list.Add("Multi-head latent attention: the GQA KV formula does not apply; KV cache from the parameters-only rule.");
        }
        else if (estimate.KvCacheIsUpperBound)
        {
            list.Add("Sliding-window layers: the KV cache shown is an upper bound.");
        }

        if (estimate.Model.IsMixtureOfExperts)
        {
            list.Add("Mixture of experts: all experts are held in memory.");
        }

        if (training)
        {
            var s = request.Settings;
            var adapters = (estimate.AdapterParametersBillions * 1000).ToString("0.#", CultureInfo.InvariantCulture);
            list.Add(request.Workload switch
            {
                Workload.FullFineTune => "Full fine-tuning with AdamW in mixed precision: 16 bytes per parameter before activations.",
                Workload.Qlora => $"QLoRA: NF4 base, LoRA rank {s.LoraRank} on q/k/v/o ({adapters}M adapter parameters) trained with AdamW.",
                _ => $"LoRA: {request.Precision.Name} base, rank {s.LoraRank} on q/k/v/o ({adapters}M adapter parameters) trained with AdamW.",
            });
            list.Add($"Sequence {request.ContextTokens} tokens, micro-batch {s.MicroBatch}, gradient checkpointing {(s.GradientCheckpointing ? "on" : "off")}.");
            if (gpus > 1)
            {
                list.Add($"{gpus} GPUs with fully sharded data parallelism (FSDP/ZeRO-3): weights, gradients and optimiser split; activations per GPU.");
            }
        }
        else if (gpus > 1)
        {
            list.Add($"{gpus} GPUs with tensor parallelism: weights and KV heads split; runtime overhead on every GPU.");
        }

        list.Add($"Runtime overhead (CUDA context and buffers): {MemoryEstimator.OverheadPerGpuGb} GB per GPU.");
        return list;
    }
}
