using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation;

public sealed class CandidateSpecTests
{
    [Theory]
    [InlineData("q=http://127.0.0.1:8000,Qwen/Qwen2.5-7B", "http://127.0.0.1:8000/v1")]
    [InlineData("q=http://127.0.0.1:8000/v1,Qwen/Qwen2.5-7B", "http://127.0.0.1:8000/v1")]
    [InlineData("q=http://127.0.0.1:8000/v1/,Qwen/Qwen2.5-7B", "http://127.0.0.1:8000/v1")]
    [InlineData("q=http://127.0.0.1:8000/v1/chat/completions,Qwen/Qwen2.5-7B", "http://127.0.0.1:8000/v1")]
    [InlineData("q=https://example.test/openai/v1,Qwen/Qwen2.5-7B", "https://example.test/openai/v1")]
    public void Parse_Urls_BecomeTheApiBase(string spec, string baseUrl)
    {
        var candidate = CandidateSpec.Parse(spec);

        Assert.Equal("q", candidate.Name);
        Assert.Equal("Qwen/Qwen2.5-7B", candidate.Model);
        Assert.Equal(baseUrl, candidate.BaseUrl.ToString().TrimEnd('/'));
        Assert.False(candidate.HasKey);
    }

    [Fact]
    public void Parse_KeyOrEnvKey_IsKeptButNeverShownByToString()
    {
        var direct = CandidateSpec.Parse("a=http://h:1/v1,m,sk-secret-1");
        var fromEnv = CandidateSpec.Parse("a=http://h:1/v1,m,env:MY_KEY", name => name == "MY_KEY" ? "sk-secret-2" : null);

        Assert.Equal("sk-secret-1", direct.ApiKey);
        Assert.Equal("sk-secret-2", fromEnv.ApiKey);
        Assert.DoesNotContain("sk-secret", direct.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-equals-sign")]
    [InlineData("a=http://h:1/v1")]
    [InlineData("a=ftp://h/v1,m")]
    [InlineData("a=not a url,m")]
    [InlineData("=http://h:1/v1,m")]
    public void Parse_BadSpec_ThrowsFormatException(string spec)
    {
        Assert.Throws<FormatException>(() => CandidateSpec.Parse(spec));
    }

    [Fact]
    public void Parse_BadSpecWithKey_DoesNotEchoTheKey()
    {
        var ex = Assert.Throws<FormatException>(() => CandidateSpec.Parse("a=ftp://h/v1,m,sk-secret-3"));

        Assert.DoesNotContain("sk-secret-3", ex.Message, StringComparison.Ordinal);
    }
}
