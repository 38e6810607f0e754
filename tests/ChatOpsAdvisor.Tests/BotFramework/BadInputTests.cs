using System.Net;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>Input the bot must refuse without running anything, and the single error path inside a turn.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly BotAppFactory app = new();
    private readonly HttpClient client;

    public BadInputTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413()
    {
        var json = ActivityPosts.Fixture("playground-message", a => a["text"] = new string('x', 300 * 1024));

        var response = await client.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("{not json", "not a JSON activity")]
    [InlineData("[1, 2]", "not a JSON activity")]
    [InlineData("null", "not a JSON activity")]
    [InlineData("""{"type": 5}""", "not a JSON activity")]
    [InlineData("""{"id": "1"}""", "type is required")]
    public async Task Post_MalformedBody_Answers400WithAShortReason(string body, string reason)
    {
        var response = await client.PostActivityAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("conversation", "conversation.id is required")]
    [InlineData("serviceUrl", "serviceUrl must be an absolute http(s) URL")]
    [InlineData("from", "from.id is required")]
    public async Task Post_MessageMissingARequiredField_Answers400(string field, string reason)
    {
        var json = ActivityPosts.Fixture("playground-message", a => a.Remove(field));

        var response = await client.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingRan();
    }

    [Fact]
    public async Task Post_AnonymousActivityNamingANonLoopbackServiceUrl_Answers401()
    {
        var json = ActivityPosts.Fixture("playground-message", a => a["serviceUrl"] = "https://attacker.example/");

        var response = await client.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertNothingRan();
    }

    [Fact]
    public async Task Post_MessageWhenTheFlowFails_Answers200AndSendsAnErrorCardWithOnlyTheCorrelationId()
    {
        app.Flow.FailWith = new InvalidOperationException("database password is hunter2");

        var response = await client.PostFixtureAsync("playground-message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3108);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, failure.Level);
        Assert.Contains("1b8c182d-fa34-4c6c-8362-144d07ec0a0a", failure.Scopes, StringComparison.Ordinal);
        var correlationId = failure.Message.Split(' ')[^1];
        var reply = Assert.Single(app.Connector.Requests).Json;
        Assert.Equal(ChatOpsAdvisor.BotFramework.Schema.ContentTypes.AdaptiveCard, (string?)reply["attachments"]![0]!["contentType"]);
        Assert.Contains(correlationId, reply["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "Something went wrong")]
    [InlineData("ja-JP", "問題が発生しました")]
    public async Task Post_MessageWhenTheFlowFails_RendersTheErrorCardWithTheAppsRenderer(string locale, string title)
    {
        using var realRenderer = new BotAppFactory(appRenderer: true);
        using var realClient = realRenderer.CreateClient();
        realRenderer.Flow.FailWith = new InvalidOperationException("database password is hunter2");

        await realClient.PostActivityAsync(ActivityPosts.Fixture("playground-message", a => a["locale"] = locale));

        var correlationId = Assert.Single(realRenderer.Logs.Entries, e => e.EventId.Id == 3108).Message.Split(' ')[^1];
        var reply = Assert.Single(realRenderer.Connector.Requests).Json;
        Assert.Contains(title, (string?)reply["summary"], StringComparison.Ordinal);
        var card = reply["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(correlationId, card, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MessageWhenTheConnectorRefuses_Answers200AndLogsBothFailures()
    {
        app.Connector.Answer(HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);

        var response = await client.PostFixtureAsync("playground-message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Connector.Requests.Count);
        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 3108);
        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 3109);
    }

    [Fact]
    public async Task Post_Message_LogsInAScopeWithTypeIdConversationAndCorrelationId()
    {
        app.Flow.FailWith = new InvalidOperationException("boom");

        await client.PostFixtureAsync("playground-message");

        var failure = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3108);
        var correlationId = failure.Message.Split(' ')[^1];
        Assert.Contains($"message 1b8c182d-fa34-4c6c-8362-144d07ec0a0a in 96962ece-ca26-4ad6-806c-9478b9a994ab ({correlationId})", failure.Scopes, StringComparison.Ordinal);
    }

    private void AssertNothingRan()
    {
        Assert.Empty(app.Flow.Turns);
        Assert.Empty(app.Connector.Requests);
    }
}
