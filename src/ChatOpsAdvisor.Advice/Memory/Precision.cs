namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>A weight format and how many bits each parameter takes in memory.</summary>
public sealed record Precision(string Id, string Name, double BitsPerWeight, bool IsQuantised, string Basis)
{
    public double BytesPerParameter => BitsPerWeight / 8;
}

/// <summary>
/// Bits per weight by format (shared/reference/domain.md §a.1): EleutherAI Transformer Math 101 for
/// fp32/bf16/int8; llama.cpp GGML_QUANT_SIZES and tools/quantize/README.md for GGUF.
/// </summary>
public static class Precisions
{
    public static readonly Precision Fp32 = new("fp32", "FP32", 32, false, "4 bytes per parameter (Transformer Math 101)");
    public static readonly Precision Bf16 = new("bf16", "BF16", 16, false, "2 bytes per parameter (Transformer Math 101)");
    public static readonly Precision Fp16 = new("fp16", "FP16", 16, false, "2 bytes per parameter (Transformer Math 101)");
    public static readonly Precision Int8 = new("int8", "INT8", 8, true, "1 byte per parameter (Transformer Math 101; bitsandbytes LLM.int8, GPTQ/AWQ 8-bit)");
    public static readonly Precision Fp8 = new("fp8", "FP8", 8, true, "1 byte per parameter");

    // 4-bit AWQ/GPTQ: 4 bits plus an fp16 scale and a packed zero point per 128-weight group ≈ +0.25 bit (derived).
    public static readonly Precision Int4 = new("int4", "INT4 (AWQ/GPTQ)", 4.25, true, "0.5 byte per parameter plus group scales (4.25 bits, derived from 128-weight groups)");

    // QLoRA's NF4 base: the quantisation constants add about 0.5 bit per parameter (domain.md §a.1); double quantisation lowers it, so this is an upper bound.
    public static readonly Precision Nf4 = new("nf4", "NF4 (QLoRA)", 4.5, true, "4 bits plus ~0.5 bit of quantisation constants (QLoRA)");
    public static readonly Precision GgufQ8 = new("q8_0", "GGUF Q8_0", 8.5, true, "8.5 bits per weight: blocks of 32 weights in 34 bytes (llama.cpp)");
    public static readonly Precision GgufQ6K = new("q6_k", "GGUF Q6_K", 6.5625, true, "6.5625 bits per weight: 256 weights in 210 bytes (llama.cpp)");
    public static readonly Precision GgufQ5KM = new("q5_k_m", "GGUF Q5_K_M", 5.7036, true, "5.70 bits per weight measured on Llama-3.1-8B (llama.cpp quantize)");
    public static readonly Precision GgufQ4KM = new("q4_k_m", "GGUF Q4_K_M", 4.8944, true, "4.89 bits per weight measured on Llama-3.1-8B (llama.cpp quantize)");
    public static readonly Precision GgufQ2K = new("q2_k", "GGUF Q2_K", 3.1593, true, "3.16 bits per weight measured on Llama-3.1-8B (llama.cpp quantize)");

    public static readonly IReadOnlyList<Precision> All = [Fp32, Bf16, Fp16, Fp8, Int8, GgufQ8, GgufQ6K, GgufQ5KM, GgufQ4KM, Int4, Nf4, GgufQ2K];

    /// <summary>The formats tried, largest first, when a model does not fit (what would fit instead).</summary>
    public static readonly IReadOnlyList<Precision> FallbackOrder = [Bf16, GgufQ8, Int8, GgufQ6K, GgufQ5KM, GgufQ4KM, Int4];

    public static Precision? Find(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace('-', '_');
        return key switch
        {
            "float32" => Fp32,
            "bfloat16" => Bf16,
            "float16" or "half" => Fp16,
            "8bit" or "8_bit" => Int8,
            "4bit" or "4_bit" or "awq" or "gptq" => Int4,
            "q4" or "q4_k" => GgufQ4KM,
            "q8" => GgufQ8,
            _ => All.FirstOrDefault(p => p.Id == key),
        };
    }
}

/// <summary>Bytes per cached key/value element (llmfit KvQuant::bytes_per_element, domain.md §a.2).</summary>
public sealed record KvPrecision(string Id, double BytesPerElement)
{
    public static readonly KvPrecision Fp16 = new("fp16", 2);
    public static readonly KvPrecision Fp8 = new("fp8", 1);
    public static readonly KvPrecision Q8 = new("q8_0", 1);
    public static readonly KvPrecision Q4 = new("q4_0", 0.5);

    public static readonly IReadOnlyList<KvPrecision> All = [Fp16, Fp8, Q8, Q4];

    public static KvPrecision? Find(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace('-', '_');
        return key is "bf16" or "f16" or "float16" or "bfloat16" ? Fp16 : All.FirstOrDefault(k => k.Id == key);
    }
}
