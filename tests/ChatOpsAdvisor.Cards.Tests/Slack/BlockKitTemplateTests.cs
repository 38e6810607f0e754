using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Slack;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests.Slack;

/// <summary>Every Slack template, bound with the real view models the flow makes (EN/JA), is a message Slack accepts.</summary>
public sealed class BlockKitTemplateTests
{
    public static readonly BlockKitRenderer Renderer = new(new TemplateStore(Path.Combine(RepoPaths.Cards, "slack")));

    public static IEnumerable<object[]> Samples => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_WithinBlockKitLimits(string name)
    {
        var message = Renderer.Render(CardSamples.Get(name));

        Assert.Empty(BlockKitRules.Violations(message.Blocks));
        Assert.InRange(message.Text.Length, 1, BlockKitRenderer.MaxText);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_NoTemplateLeft(string name)
    {
        var json = Renderer.Render(CardSamples.Get(name)).Blocks.ToJsonString();

        Assert.DoesNotContain("${", json.Replace("${notATemplate}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("$data", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$when", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_OnePerTemplateName()
    {
        var store = new TemplateStore(Path.Combine(RepoPaths.Cards, "slack"));

        Assert.Equal(CardTemplates.All.Order(StringComparer.Ordinal), store.Names());
    }

    [Fact]
    public void Render_UserRationale_EscapedForMrkdwn()
    {
        var json = Renderer.Render(CardSamples.Get(CardTemplates.DecisionRecord)).Blocks;

        var texts = Texts(json);
        Assert.Contains(texts, t => t.Contains("\"quoted\" &lt;b&gt;rationale&lt;/b&gt; &amp; ${notATemplate} 🤖", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("<b>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Buttons_CarryTheSameDataAsTheTeamsCard()
    {
        var validation = Renderer.Render(CardSamples.Get(CardTemplates.Validation));
        var record = Renderer.Render(CardSamples.Get(CardTemplates.DecisionRecord));

        var data = JsonNode.Parse(Button(validation.Blocks, "record"))!;
        Assert.Equal("record", data["verb"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Number, data["v"]!.GetValueKind());
        Assert.Equal(1, JsonNode.Parse(Button(record.Blocks, "accept"))!["decision"]!.GetValue<int>());
        Assert.Contains(validation.Blocks, b => b!["block_id"]?.GetValue<string>() == "rationale" && b["element"]!["action_id"]!.GetValue<string>() == "rationale");
    }

    [Fact]
    public void Render_Forms_InputIdsAndInitialChoices()
    {
        var form = Renderer.Render(CardSamples.Get(CardTemplates.Infrastructure)).Blocks;

        var useCase = form.Single(b => b!["block_id"]?.GetValue<string>() == "useCase")!["element"]!;
        Assert.Equal("static_select", useCase["type"]!.GetValue<string>());
        Assert.True(useCase["options"]!.AsArray().Count > 1);
        var commercial = form.Single(b => b!["block_id"]?.GetValue<string>() == "commercial")!["element"]!;
        Assert.Equal("true", commercial["options"]![0]!["value"]!.GetValue<string>());
        Assert.Null(commercial["initial_options"]);
    }

    [Fact]
    public void Render_Japanese_LabelsInJapanese()
    {
        var blocks = Renderer.Render(CardSamples.Get(CardTemplates.Candidates + "-ja")).Blocks;

        Assert.Contains("候補", blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(blocks[^1]!["elements"]!.AsArray(), b => b!["text"]!["text"]!.GetValue<string>() == "戻る");
    }

    public static string Button(JsonArray blocks, string actionId) =>
        blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Single(e => e!["action_id"]!.GetValue<string>() == actionId)!["value"]!.GetValue<string>();

    public static List<string> Texts(JsonNode node) => [.. Collect(node)];

    private static IEnumerable<string> Collect(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && BlockKitRules.Text(p.Value) is { } t ? [t] : Collect(p.Value)),
        JsonArray a => a.SelectMany(Collect),
        _ => [],
    };
}
