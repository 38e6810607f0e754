using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Slack;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Cards.Tests.Slack;

/// <summary>Content over Block Kit's limits is shortened, with a note, and never sent as something Slack rejects.</summary>
public sealed class BlockKitLimitsTests
{
    private static readonly BlockKitRenderer Renderer = BlockKitTemplateTests.Renderer;

    private static DecisionRecordView Record => (DecisionRecordView)CardSamples.Get(CardTemplates.DecisionRecord).ViewModel;

    [Fact]
    public void Render_HugeHistory_ShortenedToFiftyBlocksWithNoteAboveButtons()
    {
        var items = Enumerable.Range(1, 300).Select(i => new FactView($"#{i} <model> & co", "code assistant · 24 GB")).ToList();
        var view = new HistoryView("en", 3, Record.Labels, "History", "1–300 of 300", items, true, true, 0, 10, string.Empty);

        var blocks = Renderer.Render(new ReplyCard(CardTemplates.History, view, "History")).Blocks;

        Assert.Empty(BlockKitRules.Violations(blocks));
        Assert.Equal(BlockKitLimits.MaxBlocks, blocks.Count);
        Assert.Equal("actions", blocks[^1]!["type"]!.GetValue<string>());
        Assert.Contains("shortened", Note(blocks[^2]), StringComparison.Ordinal);
        Assert.Contains("#1 &lt;model&gt; &amp; co", blocks[2]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugeRationale_SectionCutWithoutBreakingAnEntity()
    {
        var view = Record with { Rationale = new string('&', 5000) };

        var blocks = Renderer.Render(new ReplyCard(CardTemplates.DecisionRecord, view, "#1")).Blocks;

        Assert.Empty(BlockKitRules.Violations(blocks));
        var rationale = blocks.Select(b => b!["text"]?["text"]?.GetValue<string>()).Single(t => t is not null && t.Contains("&amp;", StringComparison.Ordinal))!;
        Assert.InRange(rationale.Length, BlockKitLimits.SectionText - 5, BlockKitLimits.SectionText);
        Assert.EndsWith("&amp;…", rationale, StringComparison.Ordinal);
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "context" && Note(b).Contains("shortened", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TooManyFactsAndLongLabels_CutToFieldAndButtonLimits()
    {
        var facts = Enumerable.Range(1, 15).Select(i => new FactView("Fact " + i, new string('x', 2500))).ToList();
        var view = Record with { Facts = facts, Title = new string('T', 400), Labels = Record.Labels with { Accept = new string('A', 120) } };

        var blocks = Renderer.Render(new ReplyCard(CardTemplates.DecisionRecord, view, "#1")).Blocks;

        Assert.Empty(BlockKitRules.Violations(blocks));
        Assert.Equal(BlockKitLimits.MaxFields, blocks.Single(b => b!["fields"] is not null)!["fields"]!.AsArray().Count);
        Assert.Equal(BlockKitLimits.HeaderText, blocks[0]!["text"]!["text"]!.GetValue<string>().Length);
    }

    [Fact]
    public void Render_HugeFilter_ButtonValueStaysValidJsonWithinLimit()
    {
        var view = new HistoryView("en", 3, Record.Labels, "History", "text", [], true, true, 0, 10, new string('<', 3000));

        var blocks = Renderer.Render(new ReplyCard(CardTemplates.History, view, "History")).Blocks;

        var value = BlockKitTemplateTests.Button(blocks, "history-next");
        Assert.InRange(value.Length, 1, BlockKitLimits.ButtonValue);
        Assert.Equal("history", JsonNode.Parse(value)!["verb"]!.GetValue<string>());
        Assert.StartsWith("<<<", JsonNode.Parse(value)!["filter"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FallbackText_EscapedAndShort()
    {
        var message = Renderer.Render(new ReplyCard(CardTemplates.Notice, new NoticeView("en", 1, Record.Labels, "T", "x", false), "<!channel> & " + new string('z', 5000)));

        Assert.StartsWith("&lt;!channel&gt; &amp; ", message.Text, StringComparison.Ordinal);
        Assert.Equal(BlockKitRenderer.MaxText, message.Text.Length);
        Assert.Single(message.Blocks);
    }

    [Theory]
    [InlineData("a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain 日本語", "plain 日本語")]
    public void Escape_ControlCharacters_RoundTrip(string raw, string escaped)
    {
        Assert.Equal(escaped, Mrkdwn.Escape(raw));
        Assert.Equal(raw, Mrkdwn.Unescape(escaped));
    }

    [Fact]
    public void Shorten_SurrogatePairAtCut_NotSplit()
    {
        var text = new string('a', 73) + "🤖🤖🤖";

        var cut = BlockKitText.Shorten(text, BlockKitLimits.ButtonText);

        Assert.Equal(new string('a', 73) + "…", cut);
    }

    private static string Note(JsonNode? block) => block!["elements"]![0]!["text"]!.GetValue<string>();
}
