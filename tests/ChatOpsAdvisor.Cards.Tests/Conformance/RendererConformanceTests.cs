using System.Text.Json.Nodes;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>
/// Every card our renderer sends (real templates, real view models, size guard on), parsed and rendered by the
/// official Adaptive Cards JavaScript renderer (npm adaptivecards) in headless Chromium against version 1.5:
/// the renderer's own validation events are what make Teams misrender a card.
/// </summary>
[Collection(OfficialClientsGroup.Name)]
public sealed class RendererConformanceTests(OfficialClientsFixture clients)
{
    public static IEnumerable<object[]> Samples => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_NoParseOrValidationEvents(string name)
    {
        clients.Require();
        var rendered = clients.Rendered(name);

        Assert.True(rendered["error"] is null, $"{name}: the renderer threw: {rendered["error"]}");
        var events = rendered["events"]!.AsArray();
        Assert.True(events.Count == 0, $"{name}: {string.Join("; ", events.Select(e => $"{e!["phase"]} {e["event"]} ({e["source"]}): {e["message"]}"))}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_DrawsContentEverySubmitButtonAndNoClippedText(string name)
    {
        clients.Require();
        var rendered = clients.Rendered(name);
        var submits = Submits(clients.Cards[name]).Count;

        Assert.True(rendered["rendered"]?.GetValue<bool>() == true, $"{name}: render() returned nothing");
        Assert.True(rendered["textLength"]!.GetValue<int>() > 0 && rendered["height"]!.GetValue<int>() > 0, $"{name}: the rendered card is empty");
        Assert.Equal(submits, rendered["submitTitles"]!.AsArray().Count);
        Assert.True(rendered["missingButtons"]!.AsArray().Count == 0, $"{name}: no button for {rendered["missingButtons"]!.ToJsonString()}; buttons drawn: {rendered["buttonLabels"]!.ToJsonString()}");
        Assert.True(rendered["overflowing"]!.AsArray().Count == 0, $"{name}: text cut off at the card's width (520 px): {rendered["overflowing"]!.ToJsonString()}");
    }

    /// <summary>
    /// Each button clicked on the card as sent (inputs untouched) must reach the bot with its verb: a required
    /// input left empty, for example, blocks every Action.Submit on the card, "Back" included.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_SampleButtonClicked_DeliversItsVerb(string name)
    {
        clients.Require();
        var expected = Submits(clients.Cards[name]).Select(a => a["data"]!["verb"]!.GetValue<string>()).ToList();

        var clicks = clients.Rendered(name)["clicks"]!.AsArray();

        Assert.Equal(expected.Count, clicks.Count);
        for (var i = 0; i < clicks.Count; i++)
        {
            var delivered = clicks[i]!["delivered"];
            Assert.True(delivered is not null, $"{name}: clicking \"{clicks[i]!["label"]}\" delivered nothing (an input failed the renderer's validation?)");
            Assert.Equal("Action.Submit", delivered!["type"]!.GetValue<string>());
            Assert.Equal(expected[i], delivered["data"]?["verb"]?.GetValue<string>());
        }
    }

    [Fact]
    public void Render_AllSamples_PageHasNoScriptErrors()
    {
        clients.Require();

        Assert.Equal("[]", clients.Report["pageErrors"]?.ToJsonString());
        Assert.All(CardSamples.All, s => Assert.NotNull(clients.Report["rendered"]?[s.Name]));
    }

    /// <summary>
    /// The README's pictures (docs/cards/*.png). Always taken, into a temporary folder; with
    /// UPDATE_CARD_SCREENSHOTS=1 into docs/cards: <c>UPDATE_CARD_SCREENSHOTS=1 dotnet test tests/ChatOpsAdvisor.Cards.Tests --filter Screenshots</c>.
    /// </summary>
    [Fact]
    public async Task Screenshots_StepCards_PngOfCardWidth()
    {
        clients.Require();
        if (clients.ScreenshotDirectory.Length > 0)
        {
            // Pictures for the README: without a Japanese font the Japanese card is a page of empty boxes.
            var fonts = await ExternalProcess.RunAsync("fc-list", [":lang=ja", "family"], RepoPaths.Root, TimeSpan.FromSeconds(30));
            Assert.True(fonts.Succeeded && fonts.StandardOutput.Trim().Length > 0, "No Japanese font for the screenshots: apt-get install -y fonts-noto-cjk, then run again.");
        }

        Assert.All(OfficialClientsFixture.Screenshots, s =>
        {
            var shot = clients.Screenshot(s.File);
            Assert.True(shot is not null, $"no screenshot of {s.File}");
            var file = shot["file"]!.GetValue<string>();
            Assert.Equal(Path.Combine(clients.ScreenshotFolder, s.File + ".png"), file);
            var png = File.ReadAllBytes(file);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Equal(520, shot["width"]!.GetValue<int>());
            Assert.InRange(shot["height"]!.GetValue<int>(), 100, 4000);
        });
    }

    [Fact]
    public void Screenshots_ChosenSamples_RenderedWithoutEvents()
    {
        clients.Require();

        // The README's decision card carries an ordinary rationale instead of the sample's; it must be as clean.
        var readme = clients.Rendered("readme/decision-record");
        Assert.Equal("[]", readme["events"]!.ToJsonString());
        Assert.Null(readme["error"]?.GetValue<string>());
        Assert.All(OfficialClientsFixture.Screenshots, s => Assert.Contains(s.Sample, clients.Cards.Keys));
    }

    /// <summary>The card's Action.Submit actions in document order (body first, then actions), as the renderer draws them.</summary>
    private static List<JsonObject> Submits(JsonNode? node)
    {
        var found = new List<JsonObject>();
        Visit(node);
        return found;

        void Visit(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["type"]?.GetValue<string>() == "Action.Submit")
                    {
                        found.Add(o);
                    }

                    foreach (var (_, value) in o)
                    {
                        Visit(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Visit(item);
                    }

                    break;
            }
        }
    }
}
