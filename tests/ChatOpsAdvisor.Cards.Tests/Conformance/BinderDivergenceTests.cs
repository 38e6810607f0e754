using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;

namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>
/// Where our binder deliberately does not imitate the official engine: cases the official engine fails on,
/// or constructs outside our subset, which the binder refuses instead of guessing.
/// </summary>
public sealed class BinderDivergenceTests
{
    private static JsonNode? Bind(string template, string data) => TemplateBinder.Bind(JsonNode.Parse(template)!, JsonNode.Parse(data));

    [Fact]
    public void Bind_NullInsideLongerString_PrintsNothing()
    {
        // adaptivecards-templating 2.3.1 throws "Cannot read properties of null (reading 'toString')" here.
        var result = Bind("""{"t":"GPU: ${gpu}."}""", """{"gpu":null}""")!;

        Assert.Equal("GPU: .", result["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("${count(items)}")]
    [InlineData("${a == b}")]
    [InlineData("${items[0]}")]
    [InlineData("${'literal'}")]
    [InlineData("${true}")]
    [InlineData("${}")]
    public void Bind_ExpressionOutsideSubset_Refused(string expression)
    {
        var template = new JsonObject { ["t"] = expression };

        var error = Assert.Throws<NotSupportedException>(() => TemplateBinder.Bind(template, new JsonObject()));
        Assert.Contains("supported subset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it`s ${name}")]
    [InlineData("C:\\path ${name}")]
    [InlineData("\\${name}")]
    public void Bind_BackslashOrBackquoteNearExpression_Refused(string text)
    {
        // The official engine reads these as template-literal escapes (or fails to parse them).
        var template = new JsonObject { ["t"] = text };

        Assert.Throws<NotSupportedException>(() => TemplateBinder.Bind(template, new JsonObject { ["name"] = "x" }));
    }

    [Fact]
    public void Bind_BackslashWithoutExpression_KeptAsText()
    {
        var result = Bind("""{"t":"C:\\path"}""", "{}")!;

        Assert.Equal("C:\\path", result["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("\"yes\"")]
    public void Bind_LiteralWhen_Refused(string when)
    {
        // The official engine drops {"$when": true} and keeps {"$when": false}: a literal $when is a template bug.
        var error = Assert.Throws<InvalidDataException>(() => Bind($$"""{"body":[{"$when":{{when}},"id":"a"}]}""", "{}"));

        Assert.Contains("$when must be", error.Message, StringComparison.Ordinal);
    }
}
