using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Conversation.Understanding;

namespace ChatOpsAdvisor.Conversation.Tests.Understanding;

public sealed class TextParserTests
{
    private static readonly TextParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("24GB", 24.0, null, null)]
    [InlineData("I have a 24 GB GPU", 24.0, null, null)]
    [InlineData("2x RTX 4090", null, 2, "rtx-4090")]
    [InlineData("2 x 4090", null, 2, "rtx-4090")]
    [InlineData("A100 80GB", 80.0, null, "a100-80gb-sxm")]
    [InlineData("one H100", null, 1, "h100-pcie")]
    [InlineData("two RTX-3090s", null, 2, "rtx-3090")]
    [InlineData("24ギガのGPU", 24.0, null, null)]
    [InlineData("４０９０を２枚", null, 2, "rtx-4090")]
    [InlineData("4 GPUs with 48GB each", 48.0, 4, null)]
    [InlineData("L40S", null, null, "l40s")]
    public void Parse_Hardware_MemoryCountAndGpu(string text, double? memory, int? count, string? gpu)
    {
        var p = Parser.Parse(text);

        Assert.Equal(memory, p.GpuMemoryGb);
        Assert.Equal(count, p.GpuCount);
        Assert.Equal(gpu, p.GpuId);
    }

    [Theory]
    [InlineData("24GB, code assistant", "code-assistant")]
    [InlineData("customer support bot", "customer-support")]
    [InlineData("コードアシスタント", "code-assistant")]
    [InlineData("we need RAG over our docs", "knowledge-rag")]
    [InlineData("math tutoring and reasoning", "reasoning-math")]
    [InlineData("on device classification", "on-device-extraction")]
    [InlineData("device drivers", null)]
    public void Parse_UseCase_FromAliases(string text, string? useCase)
    {
        Assert.Equal(useCase, Parser.Parse(text).UseCaseId);
    }

    [Theory]
    [InlineData("qlora on 24GB", "qlora")]
    [InlineData("LoRA fine-tuning", "lora")]
    [InlineData("full fine-tuning", "full")]
    [InlineData("ファインチューニングしたい", "lora")]
    [InlineData("just inference", "inference")]
    [InlineData("推論用", "inference")]
    [InlineData("24GB", null)]
    public void Parse_Workload(string text, string? workload)
    {
        Assert.Equal(workload, Parser.Parse(text).Workload);
    }

    [Theory]
    [InlineData("32k context", 32768)]
    [InlineData("8192 tokens", 8192)]
    [InlineData("128k", 131072)]
    [InlineData("24GB", null)]
    public void Parse_Context(string text, int? tokens)
    {
        Assert.Equal(tokens, Parser.Parse(text).ContextTokens);
    }

    [Theory]
    [InlineData("q4 please", "q4_k_m")]
    [InlineData("int4 AWQ", "int4")]
    [InlineData("fp8", "fp8")]
    [InlineData("bf16", "bf16")]
    [InlineData("4-bit", "q4_k_m")]
    [InlineData("24GB", null)]
    public void Parse_Precision(string text, string? precision)
    {
        Assert.Equal(precision, Parser.Parse(text).Precision);
    }

    [Theory]
    [InlineData("for commercial use", true)]
    [InlineData("商用利用", true)]
    [InlineData("non-commercial research", false)]
    [InlineData("24GB", null)]
    public void Parse_Commercial(string text, bool? commercial)
    {
        Assert.Equal(commercial, Parser.Parse(text).CommercialUse);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello there")]
    [InlineData("🤖🔥💯")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷ 田中さんにあげて下さい")]
    public void Parse_NothingUseful_Empty(string text)
    {
        Assert.False(Parser.Parse(text).HasAnything);
    }

    [Fact]
    public void Parse_HundredKilobytes_NoHardwareFound()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum 24 ", 7000));

        var p = Parser.Parse(text);

        Assert.Null(p.GpuMemoryGb);
        Assert.False(p.HasHardware);
    }
}
