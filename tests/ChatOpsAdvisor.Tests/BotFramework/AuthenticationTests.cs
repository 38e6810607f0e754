using System.Net;
using ChatOpsAdvisor.Tests.BotFramework.Support;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>
/// With an app id configured, every request needs a valid token; each way a token can be wrong gets 401
/// with nothing run: the flow was not called and the connector received nothing.
/// </summary>
public sealed class AuthenticationTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Fixture = "teams-channel-mention";

    private readonly BotAppFactory app = BotAppFactory.Authenticated();
    private readonly HttpClient client;

    public AuthenticationTests() => client = app.CreateClient();

    /// <summary>Each way a request can be unauthenticated, with the reason the bot logs for it.</summary>
    public static TheoryData<string, string> BadTokens => new()
    {
        { "no header", "no Authorization header" },
        { "not bearer", "not 'Bearer <token>'" },
        { "garbage", "malformed token" },
        { "wrong issuer", "issuer not accepted" },
        { "wrong audience", "SecurityTokenInvalidAudienceException" },
        { "expired", "SecurityTokenExpiredException" },
        { "not yet valid", "SecurityTokenNotYetValidException" },
        { "alg none", "SecurityTokenInvalidSignatureException" },
        { "HS256", "SecurityTokenInvalidSignatureException" },
        { "unknown key", "SecurityTokenSignatureKeyNotFoundException" },
        { "serviceurl mismatch", "serviceurl claim mismatch" },
        { "serviceurl missing", "missing serviceurl claim" },
        { "endorsement mismatch", "does not endorse the activity's channel" },
        { "no endorsements", "could not validate endorsement key" },
        { "emulator token for another app", "not issued to this bot" },
    };

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Post_ValidChannelToken_RunsTheTurnAndRepliesWithABotToken(string algorithm)
    {
        var response = await client.PostFixtureAsync(Fixture, TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, algorithm: algorithm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Flow.Turns);
        var reply = Assert.Single(app.Connector.Requests);
        Assert.StartsWith(ServiceUrl + "v3/conversations/", reply.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
    }

    [Fact]
    public void Start_WithAnAppId_SaysAuthenticationIsOnWithoutTheSecret()
    {
        Assert.DoesNotContain(app.Logs.Entries, e => e.EventId.Id == 3100);
        var on = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3101);
        Assert.Contains(TokenFactory.AppId, on.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-secret", on.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var token = TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-2));

        var response = await client.PostFixtureAsync(Fixture, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_InvalidAuthorization_Answers401AndRunsNothing(string problem, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TestPaths.ActivityFixture(problem == "emulator token for another app" ? "playground-message" : Fixture), System.Text.Encoding.UTF8, "application/json"),
        };
        if (Authorization(problem) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Flow.Turns);
        Assert.Empty(app.Connector.Requests);
        Assert.Equal(0, app.Tokens.Acquisitions);
        Assert.EndsWith(reason, Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3104).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidEmulatorToken_RepliesToTheLoopbackServiceUrl()
    {
        var response = await client.PostFixtureAsync("playground-message", TokenFactory.Emulator(LocalOpenId.EmulatorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(app.Connector.Requests);
        Assert.StartsWith("http://localhost:56150/_connector/v3/", reply.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
    }

    [Fact]
    public async Task Post_SeveralRequests_FetchMetadataOnceAndATokenOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            var json = ActivityPosts.Fixture(Fixture, a => a["id"] = $"activity-{i}");
            Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(json, TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl))).StatusCode);
        }

        Assert.Equal(2, app.OpenId.Requests);
        Assert.Equal(1, app.Tokens.Acquisitions);
        Assert.Equal(3, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task Post_RejectedAndAcceptedRequests_NeverLogSecretsOrTokens()
    {
        var valid = TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl);
        var invalid = TokenFactory.Channel(LocalOpenId.UnpublishedKey, ServiceUrl);

        await client.PostFixtureAsync(Fixture, invalid);
        await client.PostFixtureAsync(Fixture, valid);

        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 3104);
        foreach (var secret in new[] { "not-a-real-secret", valid, invalid, valid.Split('.')[2], "bot-token-1" })
        {
            Assert.DoesNotContain(app.Logs.Entries, e => e.Everything.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static string? Authorization(string problem) => problem switch
    {
        "no header" => null,
        "not bearer" => "Basic " + TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl),
        "garbage" => "Bearer not.a.jwt",
        "wrong issuer" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, issuer: "https://api.botframework.example")),
        "wrong audience" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, audience: "another-app")),
        "expired" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10))),
        "not yet valid" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1))),
        "alg none" => Bearer(TokenFactory.Unsigned(ServiceUrl)),
        "HS256" => Bearer(TokenFactory.Hmac(ServiceUrl)),
        "unknown key" => Bearer(TokenFactory.Channel(LocalOpenId.UnpublishedKey, ServiceUrl)),
        "serviceurl mismatch" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, "https://smba.trafficmanager.net/amer/")),
        "serviceurl missing" => Bearer(TokenFactory.Channel(LocalOpenId.ChannelKey, "")),
        "endorsement mismatch" => Bearer(TokenFactory.Channel(LocalOpenId.WebChatKey, ServiceUrl)),
        "no endorsements" => Bearer(TokenFactory.Channel(LocalOpenId.BareKey, ServiceUrl)),
        "emulator token for another app" => Bearer(TokenFactory.Emulator(LocalOpenId.EmulatorKey, azp: "another-app")),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    private static string Bearer(string token) => "Bearer " + token;
}
