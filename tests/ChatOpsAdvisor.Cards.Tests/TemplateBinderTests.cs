using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;

namespace ChatOpsAdvisor.Cards.Tests;

public sealed class TemplateBinderTests
{
    private static JsonNode? Bind(string template, string data) => TemplateBinder.Bind(JsonNode.Parse(template)!, JsonNode.Parse(data));

    [Fact]
    public void Bind_WholeStringExpression_KeepsType()
    {
        var result = Bind("""{"n":"${count}","b":"${flag}","o":"${obj}","s":"${name}"}""", """{"count":5,"flag":true,"obj":{"x":1},"name":"a"}""")!;

        Assert.Equal(5, result["n"]!.GetValue<int>());
        Assert.True(result["b"]!.GetValue<bool>());
        Assert.Equal(1, result["o"]!["x"]!.GetValue<int>());
        Assert.Equal("a", result["s"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_MixedString_Interpolates()
    {
        var result = Bind("""{"t":"${rank}. ${name} (${size}B)"}""", """{"rank":1,"name":"Qwen","size":7.6}""")!;

        Assert.Equal("1. Qwen (7.6B)", result["t"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_MixedString_EveryKindOfValueAndEscape_SameTextAsJoinedByHand()
    {
        // Written in pieces: literal text, data strings with and without escapes in the data's JSON, and values
        // printed as text; the result must be the one joined string, escaped once by the writer.
        const string data = """
            {"plain":"Qwen 7B","quoted":"say \"hi\" \\ <b>&</b>","ja":"日本語 😀","escapedJa":"\u65e5\u672c","big":1e21,"small":0.000001,
             "list":["a",2,true],"obj":{"x":1},"yes":true,"no":false}
            """;
        var result = Bind("""{"t":"[${plain}|${quoted}|${ja}|${escapedJa}|${big}|${small}|${list}|${obj}|${yes}/${no}|${nope}|${ plain }]"}""", data)!;

        Assert.Equal("[Qwen 7B|say \"hi\" \\ <b>&</b>|日本語 😀|日本|1e+21|0.000001|a,2,true|[object Object]|true/false|${nope}|Qwen 7B]", result["t"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_MixedString_LongTextValue_Whole()
    {
        var longText = string.Concat(Enumerable.Repeat("長い説明 \"quoted\" ", 200));
        var data = new JsonObject { ["v"] = longText };

        var result = TemplateBinder.Bind(JsonNode.Parse("""{"t":"<${v}>"}""")!, data)!;

        Assert.Equal("<" + longText + ">", result["t"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_DataArray_RepeatsElementPerItem()
    {
        var result = Bind("""{"body":[{"$data":"${items}","type":"TextBlock","text":"${$data}"}]}""", """{"items":["a","b","c"]}""")!;

        Assert.Equal(["a", "b", "c"], result["body"]!.AsArray().Select(x => x!["text"]!.GetValue<string>()));
        Assert.Null(result["body"]![0]!["$data"]);
    }

    [Fact]
    public void Bind_NestedData_RootStillReachable()
    {
        var result = Bind("""{"body":[{"$data":"${items}","text":"${name} ${$root.unit}"}]}""", """{"unit":"GB","items":[{"name":"x"}]}""")!;

        Assert.Equal("x GB", result["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_When_DropsElementAndNegationWorks()
    {
        var result = Bind("""{"body":[{"$when":"${ok}","id":"a"},{"$when":"${!ok}","id":"b"}]}""", """{"ok":false}""")!;

        Assert.Equal("b", result["body"]!.AsArray().Single()!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_UserTextWithJsonAndTemplateSyntax_StaysText()
    {
        const string evil = "\"},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil\"} ${labels.start} <at>x</at>";
        var data = new JsonObject { ["text"] = evil, ["labels"] = new JsonObject { ["start"] = "Start" } };

        var result = TemplateBinder.Bind(JsonNode.Parse("""{"body":[{"type":"TextBlock","text":"${text}"}]}""")!, data)!;

        Assert.Equal(evil, result["body"]![0]!["text"]!.GetValue<string>());
        Assert.Single(result["body"]!.AsArray());
    }

    [Fact]
    public void Bind_Index_AvailableInArrays()
    {
        var result = Bind("""{"b":[{"$data":"${xs}","i":"${$index}"}]}""", """{"xs":["a","b"]}""")!;

        Assert.Equal([0, 1], result["b"]!.AsArray().Select(x => x!["i"]!.GetValue<int>()));
    }
}
