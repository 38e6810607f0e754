using System.Net;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Tests.Slack.Support;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>The three steps and the decision record, end to end through Slack payloads, with Slack's Web API faked on loopback.</summary>
public sealed class SlackFlowTests
{
    private const string Team = "T0FLOW001";
    private const string Channel = "C0FLOW001";
    private const string MentionTs = "1764406800.000100";

    [Fact]
    public async Task Mention_PickAndRecord_DecisionRecordedFromSlackAndSupersedeUpdatesOldCard()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        var slack = app.Requests;

        // Step 1 + 2 in one message: the reply is the candidates card, in a thread under the mention.
        Assert.Equal(HttpStatusCode.OK, (await slack.MentionAsync(Team, Channel, "Ev0FLOW01", "24GB, code assistant", MentionTs)).StatusCode);
        var candidates = (await api.UntilAsync(Channel, HasButton("pick")))[^1];
        Assert.Equal(MentionTs, candidates.ThreadTs);
        Assert.Equal("Bearer " + SlackAppFactory.Token, candidates.Authorization);
        var first = Options(candidates, "picks")[0];

        // Step 3: pick the first candidate; then record it with a rationale typed in the card.
        Assert.Equal(HttpStatusCode.OK, (await slack.ClickAsync(Team, candidates, "pick", ("picks", [first]))).StatusCode);
        var validation = (await api.UntilAsync(Channel, HasButton("record")))[^1];
        await slack.ClickAsync(Team, validation, "record", ("rationale", ["fits in 24 GB & fast <enough>"]));
        var record = (await api.UntilAsync(Channel, HasButton("supersede")))[^1];
        Assert.Equal(MentionTs, record.ThreadTs);
        Assert.Contains("fits in 24 GB &amp; fast &lt;enough&gt;", record.BlocksText, StringComparison.Ordinal);

        // Supersede from the record card, pick another candidate, record: the old card is edited in place.
        await slack.ClickAsync(Team, record, "supersede");
        var again = (await api.UntilAsync(Channel, HasButton("pick")))[^1];
        var decision = await app.Decisions.GetAsync(Team, 1, CancellationToken.None);
        Assert.Equal(new CardReference(ChannelKinds.Slack, Channel, record.Ts!), decision!.Card);

        await slack.ClickAsync(Team, again, "pick", ("picks", [Options(again, "picks")[1]]));
        var validation2 = (await api.UntilAsync(Channel, HasButton("record")))[^1];
        await slack.ClickAsync(Team, validation2, "record", ("rationale", ["second thoughts"]));
        var calls = await api.UntilAsync(Channel, c => c.Method == "chat.update");

        var update = calls[^1];
        Assert.Equal(record.Ts, update.Body["ts"]!.GetValue<string>());
        Assert.Contains("#2", update.BlocksText, StringComparison.Ordinal);
        Assert.Contains(calls, c => c.Method == "chat.postMessage" && c.BlocksText.Contains("Decision #2", StringComparison.Ordinal));

        var (old, current) = (await app.Decisions.GetAsync(Team, 1, CancellationToken.None), await app.Decisions.GetAsync(Team, 2, CancellationToken.None));
        Assert.Equal(ChannelKinds.Slack, old!.Place.ChannelKind);
        Assert.Equal(Channel + ":" + MentionTs, old.Place.ConversationId);
        Assert.Equal("fits in 24 GB & fast <enough>", old.Rationale);
        Assert.Equal(first, old.ChosenModel);
        Assert.Equal(DecisionStatuses.Superseded, old.Status);
        Assert.Equal(2, old.SupersededBy);
        Assert.Equal(ChannelKinds.Slack, current!.Place.ChannelKind);
        Assert.Equal("alice", current.DecidedBy.Name);
        Assert.True(File.Exists(app.DatabasePath));
    }

    [Fact]
    public async Task SlashCommand_NoText_StartsStepOneAtTopLevel_WithText_Answers()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        const string channel = "C0CMD0001";

        var ack = await app.Requests.CommandAsync(Team, channel, string.Empty);
        var form = await api.NextAsync(channel);
        await app.Requests.CommandAsync(Team, channel, "2x RTX 4090, qlora");
        var answer = (await api.UntilAsync(channel, HasButton("setUseCase")))[^1];

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        Assert.Null(form.ThreadTs);
        Assert.Contains(form.Blocks, b => b!["block_id"]?.GetValue<string>() == "gpuMemory");
        Assert.Null(answer.ThreadTs);
    }

    private static Func<SlackCall, bool> HasButton(string actionId) => call =>
        call.Blocks.Any(b => b!["type"]!.GetValue<string>() == "actions" && b["elements"]!.AsArray().Any(e => e!["action_id"]!.GetValue<string>() == actionId));

    private static List<string> Options(SlackCall call, string blockId) =>
        [.. call.Blocks.Single(b => b!["block_id"]?.GetValue<string>() == blockId)!["element"]!["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>())];
}
