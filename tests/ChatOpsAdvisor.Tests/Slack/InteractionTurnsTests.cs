using System.Text.Json;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Slack.Inbound;
using ChatOpsAdvisor.Slack.Wire;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>block_actions as the same inputs a Teams card submits: the button's data plus the input blocks' values.</summary>
public sealed class InteractionTurnsTests
{
    private const string State = """
        {"values":{
          "gpuMemory":{"gpuMemory":{"type":"plain_text_input","value":"24"}},
          "gpuName":{"gpuName":{"type":"plain_text_input","value":null}},
          "workload":{"workload":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"QLoRA"},"value":"qlora"}}},
          "picks":{"picks":{"type":"checkboxes","selected_options":[{"value":"Qwen/Qwen3-32B"},{"value":"google/gemma-3-27b-it"}]}},
          "commercial":{"commercial":{"type":"checkboxes","selected_options":[]}}}}
        """;

    private static InteractionPayload Payload(string value, string container = """{"type":"message","message_ts":"200.2","channel_id":"C1","thread_ts":"100.1"}""") =>
        JsonSerializer.Deserialize($$"""
            {"type":"block_actions","user":{"id":"U1","username":"alice","name":"alice","team_id":"T1"},"team":{"id":"T1"},
             "container":{{container}},"channel":{"id":"C1"},"trigger_id":"tr-1","state":{{State}},
             "actions":[{"type":"button","action_id":"pick","block_id":"actions","value":{{JsonSerializer.Serialize(value)}},"action_ts":"201.1"}]}
            """, SlackJsonContext.Default.InteractionPayload)!;

    [Fact]
    public void From_ButtonWithInputs_SameInputIdsAsTeams()
    {
        var work = InteractionTurns.From(Payload("""{"verb":"pick","v":4}"""), out _)!;

        var inputs = work.Turn.Values;
        Assert.Equal("pick", inputs[InputIds.Verb]);
        Assert.Equal("4", inputs[InputIds.Version]);
        Assert.Equal("24", inputs[InputIds.GpuMemory]);
        Assert.Equal("qlora", inputs[InputIds.Workload]);
        Assert.Equal("Qwen/Qwen3-32B,google/gemma-3-27b-it", inputs[InputIds.Picks]);
        Assert.Equal(string.Empty, inputs[InputIds.Commercial]);
        Assert.False(inputs.ContainsKey(InputIds.GpuName));
        Assert.Equal(("T1", "C1:100.1", "U1", "alice", "tr-1"), (work.Turn.TenantId, work.Turn.ConversationId, work.Turn.UserId, work.Turn.UserName, work.Turn.ActivityId));
        Assert.Equal("100.1", work.Place.ThreadTs);
    }

    [Fact]
    public void From_TopLevelCard_ChannelConversationAndDecisionNumber()
    {
        var work = InteractionTurns.From(Payload("""{"verb":"accept","decision":12}""", """{"type":"message","message_ts":"200.2","channel_id":"C1"}"""), out _)!;

        Assert.Equal("C1", work.Turn.ConversationId);
        Assert.Null(work.Place.ThreadTs);
        Assert.Equal("12", work.Turn.Values[InputIds.Decision]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void From_ValueNotOurs_VerbFromActionId(string value)
    {
        var work = InteractionTurns.From(Payload(value), out _)!;

        Assert.Equal("pick", work.Turn.Values[InputIds.Verb]);
        Assert.False(work.Turn.Values.ContainsKey(InputIds.Version));
    }

    [Fact]
    public void From_ViewSubmission_Ignored()
    {
        var payload = Payload("{}") with { Type = "view_submission" };

        Assert.Null(InteractionTurns.From(payload, out var reason));
        Assert.Contains("view_submission", reason, StringComparison.Ordinal);
    }
}
