using ChatOpsAdvisor.Cards.Slack;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Slack.Inbound;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Slack.WebApi;
using ChatOpsAdvisor.Slack.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack;

public static class SlackServices
{
    /// <summary>
    /// The Slack adapter: options (read when first resolved, so every configuration source counts), request
    /// signing, the Block Kit renderer over cards/slack, the Web API client, and the ack-then-work queue
    /// with its worker and event-id deduplication.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SlackSignature>();
        services.AddSingleton<IBlockKitRenderer>(sp => new BlockKitRenderer(new TemplateStore(
            Path.Combine(AdviceServices.CardsPath(configuration, sp.GetRequiredService<IHostEnvironment>().ContentRootPath), "slack"))));
        services.AddHttpClient<SlackWebApiClient>((sp, http) =>
        {
            var baseUrl = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl.ToString();
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        });

        services.AddSingleton<IRecentEvents>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new InMemoryRecentEvents(sp.GetRequiredService<TimeProvider>(), options.DeduplicationWindow, options.DeduplicationCapacity);
        });
        services.AddSingleton<PendingTurns>();
        services.AddScoped<SlackTurnProcessor>();
        services.AddHostedService<SlackWorker>();
        services.AddSingleton<SlackEndpointHandlers>();
        return services;
    }
}
