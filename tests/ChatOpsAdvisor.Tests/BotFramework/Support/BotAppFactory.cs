using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>
/// The whole app in memory, with its edges replaced: a recording connector behind the real ConnectorClient
/// pipeline, a counting token source and a local OpenID server; unless told to keep the app's own, a recording
/// flow and a plain renderer too, so protocol tests do not depend on the cards of the day. Settings override appsettings.json.
/// </summary>
public sealed class BotAppFactory(IReadOnlyDictionary<string, string?>? settings = null, bool appFlow = false, bool appRenderer = false)
    : WebApplicationFactory<Program>
{
    public RecordingConnector Connector { get; } = new();

    public RecordingFlow Flow { get; } = new();

    public FakeTokenSource Tokens { get; } = new();

    public LocalOpenId OpenId { get; } = new();

    public RecordingLogs Logs { get; } = new();

    /// <summary>An app with authentication on: app id and password set, metadata from <see cref="OpenId"/>.</summary>
    public static BotAppFactory Authenticated() => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = TokenFactory.AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var merged = Defaults();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(merged));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (!appFlow)
            {
                services.AddSingleton<IConversationFlow>(Flow);
            }

            if (!appFlow && !appRenderer)
            {
                services.AddSingleton<IAdaptiveCardRenderer, TestCardRenderer>();
            }

            services.AddSingleton<IBotTokenSource>(Tokens);
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
            services.AddHttpClient(OpenIdMetadata.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => OpenId);
        });
    }

    /// <summary>Each app gets its own database file, outside the repository.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"chatops-bot-tests-{Guid.NewGuid():N}.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    private Dictionary<string, string?> Defaults() => new()
    {
        ["Storage:DatabasePath"] = DatabasePath,
        ["MicrosoftAppType"] = "",
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["MicrosoftAppTenantId"] = "",
        ["BotFramework:ChannelOpenIdMetadataUrl"] = LocalOpenId.ChannelMetadataUrl,
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = LocalOpenId.EmulatorMetadataUrl,
        ["BotFramework:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/",
        ["BotFramework:ConnectorRetryDelay"] = "00:00:00",
    };
}
