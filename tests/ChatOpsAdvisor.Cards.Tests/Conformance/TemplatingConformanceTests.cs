using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;

namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>
/// Our binder against the official templating engine (npm adaptivecards-templating, what the Adaptive Cards
/// Designer uses): the same template and data must give the same card, for every template with real view
/// models (EN/JA) and for the edge cases in <see cref="TemplateEdgeCases"/>.
/// </summary>
[Collection(OfficialClientsGroup.Name)]
public sealed class TemplatingConformanceTests(OfficialClientsFixture clients)
{
    public static IEnumerable<object[]> Samples => CardSamples.Names;

    public static IEnumerable<object[]> EdgeCases => TemplateEdgeCases.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Expand_Sample_BinderMatchesOfficialEngine(string name) => AssertSameCard(OfficialClientsFixture.SampleKey(name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Expand_Sample_OfficialEngineLeavesNoTemplate(string name)
    {
        clients.Require();
        var official = Official(OfficialClientsFixture.SampleKey(name));

        // The decision sample's rationale is user text that looks like a template on purpose; it must arrive as typed.
        var text = official!.ToJsonString().Replace("${notATemplate}", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("${", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Expand_EdgeCase_BinderMatchesOfficialEngine(string name) => AssertSameCard(OfficialClientsFixture.EdgeKey(name));

    [Fact]
    public void Expand_EverySample_SentToOfficialEngine()
    {
        clients.Require();

        Assert.All(CardSamples.All, s => Assert.NotNull(clients.Report["expanded"]?[OfficialClientsFixture.SampleKey(s.Name)]));
    }

    private void AssertSameCard(string key)
    {
        clients.Require();
        var (template, data) = clients.Expansions[key];
        var official = Official(key);

        var ours = TemplateBinder.Bind(template, data);

        var difference = JsonDiff.FirstDifference(official, ours);
        Assert.True(difference is null, $"{key}: our binder differs from the official engine at {difference}");
        Assert.True(JsonNode.DeepEquals(official, ours), key);
    }

    private JsonNode? Official(string key)
    {
        var expanded = clients.Expanded(key);
        Assert.True(expanded["error"] is null, $"{key}: the official engine failed: {expanded["error"]}");
        return expanded["card"];
    }
}
