using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;
using Json.Schema;

namespace ChatOpsAdvisor.Cards.Tests;

/// <summary>Every template, bound with real view models, is a valid Adaptive Card 1.5 within Teams' size limit.</summary>
public sealed class AdaptiveCardTemplateTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Shared, "reference", "schemas", "adaptive-card-1.5.0.schema.json"))));

    public static readonly AdaptiveCardRenderer Renderer = new(new TemplateStore(Path.Combine(RepoPaths.Cards, "teams")));

    public static IEnumerable<object[]> Samples => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_ValidAgainstOfficialSchema(string name)
    {
        var card = Renderer.Render(CardSamples.Get(name));

        var result = Schema.Value.Evaluate(JsonDocument.Parse(card.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, name + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_NoTemplateLeftAndUnderSizeLimit(string name)
    {
        var sample = CardSamples.Get(name);
        var json = Renderer.Render(sample).ToJsonString();

        var unbound = json.Replace("${notATemplate}", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("${", unbound, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < CardSizeGuard.MaxBytes, $"{name} is {json.Length} bytes");
    }

    [Fact]
    public void Templates_EveryTemplateHasASample()
    {
        var store = new TemplateStore(Path.Combine(RepoPaths.Cards, "teams"));

        Assert.Equal(CardTemplates.All.Order(StringComparer.Ordinal), store.Names());
        Assert.All(CardTemplates.All, t => Assert.Contains(CardSamples.All, s => s.Name == t));
    }

    [Fact]
    public void Render_UserRationale_ArrivesAsTextNotMarkupOrTemplate()
    {
        var card = Renderer.Render(CardSamples.Get(CardTemplates.DecisionRecord));

        var texts = card.ToJsonString();
        Assert.Contains("\\u0022quoted\\u0022 \\u003Cb\\u003Erationale\\u003C/b\\u003E \\u0026 ${notATemplate}", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Japanese_TextsInJapanese()
    {
        var card = Renderer.Render(CardSamples.Get(CardTemplates.Candidates + "-ja"));

        Assert.Contains("候補", card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(card["actions"]!.AsArray(), a => a!["title"]!.GetValue<string>() == "戻る");
    }

    [Fact]
    public void Render_DecisionRecord_RefreshWithExecuteVerbAndButtonsCarryNumber()
    {
        var card = Renderer.Render(CardSamples.Get(CardTemplates.DecisionRecord));

        Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("refreshDecision", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Array, card["refresh"]!["userIds"]!.GetValueKind());
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal(1, a!["data"]!["decision"]!.GetValue<int>()));
    }

    [Fact]
    public void Render_StepCards_ButtonsCarryVerbAndVersion()
    {
        foreach (var name in new[] { CardTemplates.InfrastructureForm, CardTemplates.Infrastructure, CardTemplates.Candidates, CardTemplates.Validation })
        {
            var card = Renderer.Render(CardSamples.Get(name));
            Assert.All(card["actions"]!.AsArray(), a =>
            {
                Assert.Equal("Action.Submit", a!["type"]!.GetValue<string>());
                Assert.False(string.IsNullOrEmpty(a["data"]!["verb"]!.GetValue<string>()));
                Assert.True(a["data"]!["v"]!.GetValue<int>() > 0);
            });
        }
    }

    [Fact]
    public void SizeGuard_HugeList_ShortenedWithNoteNotRejected()
    {
        var sample = CardSamples.Get(CardTemplates.Revisit);
        var view = (RevisitView)sample.ViewModel;
        var huge = view with { Changes = Enumerable.Range(0, 2000).Select(i => $"change number {i} with a fairly long explanation of what moved").ToList() };

        var card = Renderer.Render(sample with { ViewModel = huge });

        Assert.True(CardSizeGuard.Size(card) <= CardSizeGuard.MaxBytes);
        Assert.Contains("left out", card["body"]!.AsArray().Last()!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, new[] { "accept", "supersede", "revisit" })]
    [InlineData(false, true, new[] { "supersede", "revisit" })]
    [InlineData(false, false, new[] { "revisit" })]
    public void DecisionRecord_OffersOnlyTheActionsItsStatusAllows(bool canAccept, bool open, string[] verbs)
    {
        var sample = CardSamples.Get(CardTemplates.DecisionRecord);
        var view = (DecisionRecordView)sample.ViewModel with { CanAccept = canAccept, Open = open };

        var card = Renderer.Render(sample with { ViewModel = view });

        Assert.Equal(verbs, card["actions"]!.AsArray().Select(a => (string?)a!["data"]?["verb"]).Where(v => v is "accept" or "supersede" or "revisit"));
    }
}
