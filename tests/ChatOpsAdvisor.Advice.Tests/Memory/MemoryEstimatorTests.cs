using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Advice.Tests.Memory;

/// <summary>Published figures (shared/reference/domain.md §a–b, catalog-facts.md Table 2–3) reproduced by the estimator.</summary>
public sealed class MemoryEstimatorTests
{
    private const double GiB = 1024.0 * 1024 * 1024;

    [Theory]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", 128)]
    [InlineData("meta-llama/Llama-3.1-70B-Instruct", 320)]
    [InlineData("Qwen/Qwen2.5-7B-Instruct", 56)]
    [InlineData("microsoft/Phi-3.5-mini-instruct", 384)]
    [InlineData("meta-llama/Llama-3.2-1B-Instruct", 32)]
    [InlineData("mistralai/Mistral-Small-24B-Instruct-2501", 160)]
    [InlineData("allenai/OLMo-2-1124-7B-Instruct", 512)]
    [InlineData("google/gemma-2-9b-it", 336)]
    public void KvBytesPerToken_PublishedModels_MatchesKiBPerToken(string model, double kibPerToken)
    {
        var bytes = MemoryEstimator.KvBytesPerToken(TestModels.Model(model).Architecture, KvPrecision.Fp16);

        Assert.Equal(kibPerToken * 1024, bytes);
    }

    [Theory]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", 8192, 1.0)]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", 32768, 4.0)]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", 131072, 16.0)]
    [InlineData("meta-llama/Llama-3.1-70B-Instruct", 8192, 2.5)]
    [InlineData("meta-llama/Llama-3.1-70B-Instruct", 32768, 10.0)]
    [InlineData("Qwen/Qwen2.5-7B-Instruct", 131072, 7.0)]
    public void KvCacheBytes_Bf16Batch1_MatchesPublishedGiB(string model, int context, double gib)
    {
        var bytes = MemoryEstimator.KvCacheBytes(TestModels.Model(model).Architecture!, KvPrecision.Fp16, context, 1);

        Assert.Equal(gib, bytes / GiB, precision: 6);
    }

    [Fact]
    public void KvCacheBytes_Fp8Cache_HalvesTheCache()
    {
        var arch = TestModels.Model("meta-llama/Llama-3.1-8B-Instruct").Architecture!;

        Assert.Equal(0.5, MemoryEstimator.KvCacheBytes(arch, KvPrecision.Fp8, 8192, 1) / GiB, precision: 6);
        Assert.Equal(2.0, MemoryEstimator.KvCacheBytes(arch, KvPrecision.Fp16, 8192, 2) / GiB, precision: 6);
    }

    [Fact]
    public void KvCacheBytes_SlidingWindowLayers_CappedAtWindow()
    {
        var arch = new Advice.Catalog.ModelArchitecture(40, 4096, 32, 8, 128, false, Advice.Catalog.AttentionKinds.SlidingInterleaved, new Advice.Catalog.SlidingWindow(4096, 20), "test");

        var full = 2.0 * 8 * 128 * 2;
        var expected = (full * 20 * 32768) + (full * 20 * 4096);
        Assert.Equal(expected, MemoryEstimator.KvCacheBytes(arch, KvPrecision.Fp16, 32768, 1));
    }

    [Theory]
    [InlineData("q4_k_m", 4.8944)]
    [InlineData("q8_0", 8.5)]
    [InlineData("q6_k", 6.5625)]
    [InlineData("bf16", 16)]
    [InlineData("fp32", 32)]
    [InlineData("int8", 8)]
    public void Precision_GgufAndFloatFormats_BitsPerWeight(string id, double bits)
    {
        Assert.Equal(bits, Precisions.Find(id)!.BitsPerWeight);
    }

    [Fact]
    public void Estimate_Llama8BQ4KM_WeightsMatchLlamaCppFileSize()
    {
        // llama.cpp quantize README: Llama-3.1-8B Q4_K_M = 4.58 GiB = 4.92 GB.
        var e = MemoryEstimator.Estimate(TestModels.Model("meta-llama/Llama-3.1-8B-Instruct"), new EstimateRequest(Workload.Inference, Precisions.GgufQ4KM, 8192), new Hardware(24));

        Assert.Equal(4.91, e.Total.WeightsGb, precision: 2);
    }

    [Fact]
    public void Estimate_Qlora65BOnOneGpu_Under48GB()
    {
        // QLoRA (artidoro/qlora README): "finetune a 65B parameter model on a single 48GB GPU".
        // LLaMA-65B: 65.2B parameters, 80 layers, d_model 8192, 64 heads without GQA (Touvron et al. 2023, Table 2).
        var llama65 = TestModels.Dense("huggyllama/llama-65b", 65.2, 80, 8192, 64, 64, 128, context: 2048);

        var e = MemoryEstimator.Estimate(llama65, new EstimateRequest(Workload.Qlora, Precisions.Bf16, 512), new Hardware(48));

        Assert.True(e.Fits, $"QLoRA 65B needs {e.PerGpu.TotalGb:0.0} GB");
        Assert.InRange(e.PerGpu.TotalGb, 36, 48);
    }

    [Fact]
    public void Estimate_FullFineTune7B_SixteenBytesPerParameterBeforeActivations()
    {
        // Transformer Math 101: 2 (weights) + 12 (AdamW) + 2 (gradients) = 16 bytes per parameter; 7B → 112 GB.
        var seven = TestModels.Dense("test/7b", 7, 32, 4096, 32, 32, 128);

        var e = MemoryEstimator.Estimate(seven, new EstimateRequest(Workload.FullFineTune, Precisions.Bf16, 512), new Hardware(80));

        Assert.Equal(112, e.Total.WeightsGb + e.Total.OptimizerAndGradientsGb, precision: 6);
        Assert.True(e.Total.ActivationsGb > 0);
        Assert.False(e.Fits);
    }

    [Fact]
    public void Estimate_GradientCheckpointingOff_MoreActivationMemory()
    {
        var model = TestModels.Model("meta-llama/Llama-3.1-8B-Instruct");
        var on = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Lora, Precisions.Bf16, 4096), new Hardware(24));
        var off = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Lora, Precisions.Bf16, 4096, Training: new TrainingSettings(GradientCheckpointing: false)), new Hardware(24));

        Assert.True(off.Total.ActivationsGb > 5 * on.Total.ActivationsGb);
    }

    [Fact]
    public void Estimate_Lora_AdaptersAreATinyShareAndTrainedWithAdam()
    {
        var model = TestModels.Model("meta-llama/Llama-3.1-8B-Instruct");

        var e = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Lora, Precisions.Bf16, 2048), new Hardware(24));

        Assert.InRange(e.AdapterParametersBillions, 0.005, 0.05);
        Assert.Equal(e.AdapterParametersBillions * 14, e.Total.OptimizerAndGradientsGb, precision: 9);
        Assert.Equal(0, e.Total.KvCacheGb);
    }

    [Fact]
    public void Estimate_QloraBase_UsesNf4WhateverPrecisionWasAsked()
    {
        var model = TestModels.Model("meta-llama/Llama-3.1-8B-Instruct");

        var e = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Qlora, Precisions.Bf16, 2048), new Hardware(24));

        Assert.Equal(8.03 * 4.5 / 8, e.Total.WeightsGb - (e.AdapterParametersBillions * 2), precision: 6);
    }

    [Fact]
    public void Estimate_TwoGpusTensorParallel_SplitsWeightsAndKvButNotOverhead()
    {
        var model = TestModels.Model("meta-llama/Llama-3.1-70B-Instruct");
        var request = new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192);

        var one = MemoryEstimator.Estimate(model, request, new Hardware(80));
        var two = MemoryEstimator.Estimate(model, request, new Hardware(80, 2));

        Assert.Equal(one.PerGpu.WeightsGb / 2, two.PerGpu.WeightsGb, precision: 9);
        Assert.Equal(one.PerGpu.KvCacheGb / 2, two.PerGpu.KvCacheGb, precision: 9);
        Assert.Equal(MemoryEstimator.OverheadPerGpuGb, two.PerGpu.OverheadGb);
        Assert.Equal(2 * MemoryEstimator.OverheadPerGpuGb, two.Total.OverheadGb);
        Assert.False(one.Fits);
        Assert.True(two.Fits);
    }

    [Fact]
    public void Estimate_MoreGpusThanKvHeads_EachGpuHoldsOneHead()
    {
        var model = TestModels.Dense("test/kv2", 1, 24, 896, 14, 2, 64);

        var e = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192), new Hardware(24, 4));

        Assert.Equal(e.Total.KvCacheGb / 2, e.PerGpu.KvCacheGb, precision: 9);
    }

    [Fact]
    public void Estimate_ModelWithoutArchitecture_ParametersOnlyAndSaysSo()
    {
        var model = TestModels.Model("tiiuae/Falcon3-10B-Instruct");

        var e = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192), new Hardware(24));

        Assert.True(e.ParametersOnly);
        Assert.Equal(0.000008 * 10.306 * 8192, e.Total.KvCacheGb, precision: 9);
        Assert.Contains(e.Assumptions, a => a.Contains("parameters-only", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_Gemma2_KvMarkedUpperBound()
    {
        var e = MemoryEstimator.Estimate(TestModels.Model("google/gemma-2-9b-it"), new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192), new Hardware(24));

        Assert.True(e.KvCacheIsUpperBound);
        Assert.Contains(e.Assumptions, a => a.Contains("upper bound", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(24, 20.0, FitLevel.Tight)]
    [InlineData(24, 10.0, FitLevel.Good)]
    [InlineData(24, 30.0, FitLevel.DoesNotFit)]
    public void Fit_LlmfitLevels_GoodNeedsTwentyPercentSpare(double gpuGb, double billionsBf16, FitLevel expected)
    {
        var model = TestModels.Dense("test/x", billionsBf16 / 2, 1, 128, 1, 1, 128);

        var e = MemoryEstimator.Estimate(model, new EstimateRequest(Workload.Inference, Precisions.Bf16, 16), new Hardware(gpuGb));

        Assert.Equal(expected, e.Fit);
    }
}
