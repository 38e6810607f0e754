using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.BotFramework;

public static class BotFrameworkServices
{
    /// <summary>
    /// The Bot Framework adapter: identity and options (read when first resolved, so every configuration source
    /// counts), inbound authentication, the connector client with its retry pipeline, and turn processing.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
        services.AddSingleton(sp => BotAppIdentity.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdMetadata.HttpClientName);
        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<SignedTokenValidator>();
        services.AddSingleton(sp => new ServiceUrlPolicy([.. sp.GetRequiredService<BotFrameworkOptions>().AllowedServiceUrls]));
        services.AddSingleton<BotAuthenticator>();

        services.AddSingleton<IBotTokenSource, MsalBotTokenSource>();
        services.AddSingleton<BotTokenCache>();
        // A lean pipeline for the hottest outbound call (one per reply): no per-request HttpClient logging, and the
        // fault policy without Polly's telemetry; failures reach the turn's error path and retries log themselves.
        services.AddSingleton(sp => new ConnectorPipeline(ConnectorRetry.Pipeline(
            sp.GetRequiredService<BotFrameworkOptions>(), sp.GetRequiredService<ILogger<ConnectorClient>>())));
        services.AddHttpClient<ConnectorClient>()
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredService<ConnectorPipeline>().Pipeline));

        services.AddSingleton<IDuplicateFilter>(sp =>
        {
            var options = sp.GetRequiredService<BotFrameworkOptions>();
            return new InMemoryDuplicateFilter(sp.GetRequiredService<TimeProvider>(), options.DeduplicationWindow, options.DeduplicationCapacity);
        });
        services.AddSingleton<TurnDeadline>();
        services.AddScoped<ReplyDelivery>();
        services.AddScoped<TurnRunner>();
        services.AddScoped<InvokeHandler>();
        services.AddScoped<ActivityDispatcher>();
        services.AddScoped<MessagesEndpoint>();
        return services;
    }
}
