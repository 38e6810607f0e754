using System.Net;
using ChatOpsAdvisor.BotFramework;
using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Tests.BotFramework.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>The outbound connector client as the app registers it (retry pipeline included), over a fake connector.</summary>
public sealed class ConnectorClientTests : IDisposable
{
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/amer");
    private const string Conversation = "19:abc@thread.tacv2;messageid=1";
    private const string Base = "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities";

    private readonly RecordingConnector connector = new();
    private readonly FakeTokenSource tokens = new();
    private ServiceProvider? services;

    public void Dispose() => services?.Dispose();

    [Fact]
    public async Task ReplyToActivityAsync_TeamsIds_PostsToTheEscapedPathAndReturnsTheNewId()
    {
        var sent = await Client().ReplyToActivityAsync(ServiceUrl, Conversation, "1:2", Message(), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal((HttpMethod.Post, Base + "/1%3A2"), (request.Method, request.Uri.AbsoluteUri));
        Assert.Equal("sent-1", sent?.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_PostsToTheConversation()
    {
        await Client().SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None);

        Assert.Equal((HttpMethod.Post, Base), (connector.Requests[0].Method, connector.Requests[0].Uri.AbsoluteUri));
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsTheActivityWithItsId()
    {
        await Client().UpdateActivityAsync(ServiceUrl, Conversation, "1715", Message(), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal((HttpMethod.Put, Base + "/1715"), (request.Method, request.Uri.AbsoluteUri));
        Assert.Equal("1715", (string?)request.Json["id"]);
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsADeleteWithoutBody()
    {
        await Client().DeleteActivityAsync(ServiceUrl, Conversation, "1715", CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal((HttpMethod.Delete, Base + "/1715", ""), (request.Method, request.Uri.AbsoluteUri, request.Body));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendToConversationAsync_ThrottledThenAccepted_RetriesAndSucceeds(HttpStatusCode throttled)
    {
        connector.Answer(throttled);

        var sent = await Client().SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None);

        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal("sent-1", sent?.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledEveryTime_GivesUpAfterTheRetries()
    {
        connector.Answer(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10).ToArray());

        await Assert.ThrowsAsync<HttpRequestException>(() => Client().SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None));

        Assert.Equal(1 + new BotFrameworkOptions().ConnectorMaxRetries, connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task SendToConversationAsync_OtherFailure_DoesNotRetry(HttpStatusCode failure)
    {
        connector.Answer(failure);

        await Assert.ThrowsAsync<HttpRequestException>(() => Client().SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None));

        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_WithAnAppId_SendsTheBotTokenAndAcquiresItOnce()
    {
        var client = Client(appId: TokenFactory.AppId);

        await client.SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None);
        await client.SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None);

        Assert.All(connector.Requests, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        Assert.Equal(1, tokens.Acquisitions);
    }

    [Fact]
    public async Task SendToConversationAsync_Anonymous_SendsNoToken()
    {
        await Client().SendToConversationAsync(ServiceUrl, Conversation, Message(), CancellationToken.None);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, tokens.Acquisitions);
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = Conversation }, Summary = "hi" };

    private ConnectorClient Client(string appId = "")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId.Length > 0 ? "not-a-real-secret" : "",
            ["BotFramework:ConnectorRetryDelay"] = "00:00:00",
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddBotFramework();
        collection.AddSingleton<IBotTokenSource>(tokens);
        collection.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        services = collection.BuildServiceProvider();
        return services.GetRequiredService<ConnectorClient>();
    }
}
