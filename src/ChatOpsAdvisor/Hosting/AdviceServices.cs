using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Limits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOpsAdvisor.Hosting;

public static class AdviceServices
{
    /// <summary>
    /// The catalog (loaded once at start-up; a broken catalog stops the start with its error), the
    /// advisor over it (replaced whole by "catalog reload"), the three-step flow with its turn rate limit
    /// (section RateLimit) and the Teams card renderer.
    /// </summary>
    public static IServiceCollection AddAdvice(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CatalogLoader.Load(CatalogPath(configuration, contentRoot)));
        services.AddSingleton(sp => new AdvisorSource(new Advisor(sp.GetRequiredService<ModelCatalog>())));
        services.AddSingleton<ICatalogReloader>(_ => new CatalogReloader(configuration, contentRoot));
        services.AddSingleton<ICustomEval>(sp => new ConfiguredCustomEval(configuration, contentRoot, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TurnRateLimiter(RateLimits(configuration), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AdvisorFlow>();
        services.AddSingleton<IConversationFlow>(sp => sp.GetRequiredService<AdvisorFlow>());
        services.AddSingleton(_ => new TemplateStore(Path.Combine(CardsPath(configuration, contentRoot), "teams")));
        services.AddSingleton<IAdaptiveCardRenderer, AdaptiveCardRenderer>();
        return services;
    }

    /// <summary>RateLimit:TurnsPerUser, TurnsPerConversation (0 = off) and Window; unset values keep the defaults.</summary>
    public static TurnRateLimits RateLimits(IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimit");
        var defaults = TurnRateLimits.Default;
        return new TurnRateLimits(
            section.GetValue(nameof(TurnRateLimits.TurnsPerUser), defaults.TurnsPerUser),
            section.GetValue(nameof(TurnRateLimits.TurnsPerConversation), defaults.TurnsPerConversation),
            section.GetValue(nameof(TurnRateLimits.Window), defaults.Window));
    }

    public static string CatalogPath(IConfiguration configuration, string contentRoot) => Rooted(configuration["Catalog:Path"] ?? "catalog", contentRoot);

    /// <summary>Cards:Path, the folder holding teams/ and slack/ templates.</summary>
    public static string CardsPath(IConfiguration configuration, string contentRoot) => Rooted(configuration["Cards:Path"] ?? "cards", contentRoot);

    private static string Rooted(string path, string contentRoot) => Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
}
