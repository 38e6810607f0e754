using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// The two OpenID configurations (channel, Emulator) with their signing keys. Each is fetched once and
/// cached by a <see cref="ConfigurationManager{T}"/>, refreshed every 12 h (the docs ask for at least
/// every 24 h) and on demand when a token names an unknown key — never fetched per request.
/// </summary>
public sealed class OpenIdMetadata(IHttpClientFactory httpClientFactory, BotFrameworkOptions options)
{
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> channel = new(() => Create(httpClientFactory, options.ChannelOpenIdMetadataUrl));
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> emulator = new(() => Create(httpClientFactory, options.EmulatorOpenIdMetadataUrl));

    public ConfigurationManager<OpenIdConnectConfiguration> Channel => channel.Value;

    public ConfigurationManager<OpenIdConnectConfiguration> Emulator => emulator.Value;

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(IHttpClientFactory factory, Uri metadataUrl) =>
        new(metadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new FactoryDocumentRetriever(factory, HttpClientName, requireHttps: !metadataUrl.IsLoopback))
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
}
