using System.Text.Json;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Slack.Inbound;
using ChatOpsAdvisor.Slack.Wire;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>Events API payloads as turns: mentions, direct messages, threads, and what is not a turn.</summary>
public sealed class EventTurnsTests
{
    private static SlackEnvelope Envelope(string eventJson, string authorizations = """[{"user_id":"UBOT","is_bot":true}]""") =>
        JsonSerializer.Deserialize($$"""{"type":"event_callback","team_id":"T1","event_id":"Ev1","authorizations":{{authorizations}},"event":{{eventJson}}}""", SlackJsonContext.Default.SlackEnvelope)!;

    [Fact]
    public void From_TopLevelMention_ThreadUnderMentionIsTheConversation()
    {
        var work = EventTurns.From(Envelope("""{"type":"app_mention","user":"U1","text":"<@UBOT> 24GB &amp; code &lt;assistant&gt;","ts":"100.1","channel":"C1"}"""), string.Empty, out _)!;

        Assert.Equal(new Conversation.Turn(TurnKind.Message, ChannelKinds.Slack, "T1", "C1:100.1", "U1", null, "Ev1", "24GB & code <assistant>", null, null, null, "C1"), work.Turn);
        Assert.Equal("100.1", work.Place.ThreadTs);
        Assert.Null(work.Turn.Locale);
    }

    [Fact]
    public void From_MentionInThread_SameConversationAsTheThread()
    {
        var work = EventTurns.From(Envelope("""{"type":"app_mention","user":"U1","text":"pick 1 <@UBOT>","ts":"105.5","thread_ts":"100.1","channel":"C1"}"""), string.Empty, out _)!;

        Assert.Equal("C1:100.1", work.Turn.ConversationId);
        Assert.Equal("pick 1", work.Turn.Text);
    }

    [Fact]
    public void From_DirectMessage_ChannelIsTheConversationAndRepliesTopLevel()
    {
        var work = EventTurns.From(Envelope("""{"type":"message","channel_type":"im","user":"U1","text":"24GBでコードアシスタント","ts":"7.7","channel":"D1"}"""), string.Empty, out _)!;

        Assert.Equal("D1", work.Turn.ConversationId);
        Assert.Null(work.Place.ThreadTs);
        Assert.Equal("24GBでコードアシスタント", work.Turn.Text);
    }

    [Fact]
    public void From_BotIdUnknown_FirstMentionOfAnAppMentionRemoved()
    {
        var work = EventTurns.From(Envelope("""{"type":"app_mention","user":"U1","text":"<@UB0T|advisor> history <@U2>","ts":"1.1","channel":"C1"}""", "[]"), string.Empty, out _)!;

        Assert.Equal("history <@U2>", work.Turn.Text);
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","user":"U1","bot_id":"B1","text":"x","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","subtype":"message_changed","text":"x","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"UBOT","text":"x","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"channel","user":"U1","text":"x","ts":"1.1","channel":"C1"}""")]
    [InlineData("""{"type":"app_mention","user":"U1","text":"<@UBOT> x","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"reaction_added","user":"U1","text":"x","ts":"1.1","channel":"C1"}""")]
    public void From_NotATurn_IgnoredWithReason(string eventJson)
    {
        var work = EventTurns.From(Envelope(eventJson), "UBOT", out var reason);

        Assert.Null(work);
        Assert.NotEmpty(reason);
    }
}
