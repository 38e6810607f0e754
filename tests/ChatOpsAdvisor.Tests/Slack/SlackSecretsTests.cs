using System.Net;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Tests.Slack.Support;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>The signing secret and the bot token: required before anything runs, and never written to a log.</summary>
public sealed class SlackSecretsTests
{
    private const string Team = "T0SECRET1";

    [Fact]
    public async Task Requests_NoSigningSecretConfigured_Refused401AndWarned()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api, signingSecret: string.Empty);

        var response = await new SlackRequests(app.CreateClient(), "whatever-secret", app.Clock).EventAsync(new JsonObject { ["type"] = "url_verification", ["challenge"] = "c" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Id.Id == 3200);
    }

    [Fact]
    public async Task Logs_AfterAFullTurn_NeverContainSecretOrToken()
    {
        await using var api = await FakeSlackApi.StartAsync();
        using var app = new SlackAppFactory(api);
        const string channel = "C0SECRET1";

        await app.Requests.PostAsync("/api/slack/events", "{}", "application/json", new Dictionary<string, string> { [SlackSignature.SignatureHeader] = "v0=bad" });
        await app.Requests.MentionAsync(Team, channel, "Ev0SECRET", "help", "1764406800.000600");
        await api.NextAsync(channel);

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Text.Contains(SlackAppFactory.Secret, StringComparison.Ordinal) || l.Text.Contains(SlackAppFactory.Token, StringComparison.Ordinal));
    }
}
