using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOpsAdvisor.Hosting;

public static class AdviceServices
{
    /// <summary>
    /// The catalog (loaded once at start-up; a broken catalog stops the start with its error), the
    /// advisor over it (replaced whole by "catalog reload"), the three-step flow and the Teams card renderer.
    /// </summary>
    public static IServiceCollection AddAdvice(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CatalogLoader.Load(CatalogPath(configuration, contentRoot)));
        services.AddSingleton(sp => new AdvisorSource(new Advisor(sp.GetRequiredService<ModelCatalog>())));
        services.AddSingleton<ICatalogReloader>(_ => new CatalogReloader(configuration, contentRoot));
        services.AddSingleton<ICustomEval>(sp => new ConfiguredCustomEval(configuration, contentRoot, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AdvisorFlow>();
        services.AddSingleton<IConversationFlow>(sp => sp.GetRequiredService<AdvisorFlow>());
        services.AddSingleton(_ => new TemplateStore(Path.Combine(CardsPath(configuration, contentRoot), "teams")));
        services.AddSingleton<IAdaptiveCardRenderer, AdaptiveCardRenderer>();
        return services;
    }

    public static string CatalogPath(IConfiguration configuration, string contentRoot) => Rooted(configuration["Catalog:Path"] ?? "catalog", contentRoot);

    /// <summary>Cards:Path, the folder holding teams/ and slack/ templates.</summary>
    public static string CardsPath(IConfiguration configuration, string contentRoot) => Rooted(configuration["Cards:Path"] ?? "cards", contentRoot);

    private static string Rooted(string path, string contentRoot) => Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
}
