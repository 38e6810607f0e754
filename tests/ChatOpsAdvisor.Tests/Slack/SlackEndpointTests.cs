using System.Net;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Tests.Slack.Support;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>
/// The endpoints in the whole app. "Nothing ran" is shown by order: with one worker, turns run in arrival
/// order, so when a refused or ignored request comes first, the first reply on its channel must be the later one's.
/// </summary>
public sealed class SlackEndpointTests
{
    private const string Team = "T0ENDP001";

    [Fact]
    public async Task UrlVerification_Signed_AnswersChallenge()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);

        var response = await app.Requests.EventAsync(new JsonObject { ["token"] = "t", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_UnsignedStaleOrForged_401AndNothingRuns()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        const string channel = "C0UNSIGN1";
        var body = SlackRequests.Envelope(Team, "Ev0FORGED", Mention(channel, "help")).ToJsonString();

        var refused = new[]
        {
            await app.Requests.PostAsync("/api/slack/events", body, "application/json", sign: false),
            await app.Requests.PostAsync("/api/slack/events", body, "application/json", new Dictionary<string, string> { [SlackSignature.SignatureHeader] = "v0=" + new string('0', 64) }),
            await app.Requests.PostAsync("/api/slack/events", body, "application/json", signedAt: app.Clock.GetUtcNow().AddMinutes(-6)),
            await app.Requests.PostAsync("/api/slack/events", body + " ", "application/json", new Dictionary<string, string> { [SlackSignature.TimestampHeader] = "1764406800" }),
            await app.Requests.PostAsync("/api/slack/interactions", "payload=%7B%7D", "application/x-www-form-urlencoded", sign: false),
            await app.Requests.PostAsync("/api/slack/commands", "channel_id=" + channel + "&user_id=U1&text=", "application/x-www-form-urlencoded", sign: false),
        };
        await app.Requests.MentionAsync(Team, channel, "Ev0SIGNED", "history", "1764406800.000200");

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var first = await api.NextAsync(channel);
        Assert.Contains("Decisions", first.BlocksText, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Id.Id == 3203);
    }

    [Fact]
    public async Task Events_RetryOfSameEventId_ProcessedOnce()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        const string channel = "C0RETRY01";

        var responses = new[]
        {
            await app.Requests.MentionAsync(Team, channel, "Ev0RETRY1", "help", "1764406800.000300"),
            await app.Requests.MentionAsync(Team, channel, "Ev0RETRY1", "help", "1764406800.000300", retry: 1),
            await app.Requests.MentionAsync(Team, channel, "Ev0RETRY1", "help", "1764406800.000300", retry: 2),
            await app.Requests.MentionAsync(Team, channel, "Ev0RETRY2", "history", "1764406800.000400"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("How to use", (await api.NextAsync(channel)).BlocksText, StringComparison.Ordinal);
        Assert.Contains("Decisions", (await api.NextAsync(channel)).BlocksText, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Id.Id == 3207);
    }

    [Fact]
    public async Task Events_BotsEditsAndOwnMessages_Ignored()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        const string channel = "D0DIRECT1";
        JsonObject Im(string text) => new() { ["type"] = "message", ["channel"] = channel, ["channel_type"] = "im", ["user"] = "UALICE01", ["text"] = text, ["ts"] = "1764406800.000500" };

        var ignored = new[]
        {
            Im("help").Also(e => e["bot_id"] = "B0OTHER01"),
            Im("help").Also(e => e["subtype"] = "message_changed"),
            Im("help").Also(e => e["user"] = SlackRequests.BotUser),
            Im("help").Also(e => e["channel_type"] = "channel"),
        };
        var n = 0;
        foreach (var e in ignored)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Requests.EventAsync(SlackRequests.Envelope(Team, "Ev0IGNORE" + n++, e))).StatusCode);
        }

        await app.Requests.EventAsync(SlackRequests.Envelope(Team, "Ev0DIRECT", Im("history")));

        var reply = await api.NextAsync(channel);
        Assert.Contains("Decisions", reply.BlocksText, StringComparison.Ordinal);
        Assert.Null(reply.ThreadTs);
    }

    private static JsonObject Mention(string channel, string text) =>
        new() { ["type"] = "app_mention", ["user"] = "UALICE01", ["text"] = $"<@{SlackRequests.BotUser}> {text}", ["ts"] = "1764406800.000001", ["channel"] = channel };
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject obj, Action<JsonObject> change)
    {
        change(obj);
        return obj;
    }
}
