using System.Text;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests;

/// <summary>The card as written once by the renderer: carried into a reply without being read or changed again.</summary>
public sealed class CardJsonTests
{
    private static AdaptiveCardRenderer Renderer => AdaptiveCardTemplateTests.Renderer;

    public static IEnumerable<object[]> Samples => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void AsContent_InsideAnActivity_IsWrittenByteForByte(string name)
    {
        var card = Renderer.RenderJson(CardSamples.Get(name));
        var text = Encoding.UTF8.GetString(card.Utf8);

        var activity = new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray(new JsonObject { ["content"] = card.AsContent() }) };

        Assert.Contains("\"content\":" + text + "}", activity.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToObject().ToJsonString()), card.Size);

        // The same card as the node path binds it (the one the size guard's shortening takes).
        var sample = CardSamples.Get(name);
        var template = new TemplateStore(Path.Combine(RepoPaths.Cards, "teams")).Get(sample.Template);
        Assert.True(JsonNode.DeepEquals(TemplateBinder.Bind(template, ViewModelJson.ToNode(sample.ViewModel)), card.ToObject()));
    }

    [Fact]
    public void RenderJson_OversizeCard_IsTheShortenedCard_WithinTheLimit()
    {
        var sample = CardSamples.Get(CardTemplates.Revisit);
        var huge = (RevisitView)sample.ViewModel with { Changes = [.. Enumerable.Range(0, 2000).Select(i => $"change number {i} with a fairly long explanation of what moved")] };

        var card = Renderer.RenderJson(sample with { ViewModel = huge });

        Assert.InRange(card.Size, 1, CardSizeGuard.MaxBytes);
        Assert.Contains("left out", card.ToObject()["body"]!.AsArray().Last()!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToObject_ReadsAFreshCopyEachTime()
    {
        var card = Renderer.RenderJson(CardSamples.Get(CardTemplates.Welcome));

        var first = card.ToObject();
        first["type"] = "changed";

        Assert.Equal("AdaptiveCard", card.ToObject()["type"]!.GetValue<string>());
    }
}
