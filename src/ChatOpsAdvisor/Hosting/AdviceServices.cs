using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Hosting;

public static class AdviceServices
{
    /// <summary>The catalog (loaded once at start-up; a broken catalog stops the start with its error), the advisor and the flow.</summary>
    public static IServiceCollection AddAdvice(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(_ => CatalogLoader.Load(CatalogPath(configuration, contentRoot)));
        services.AddSingleton(sp => new Advisor(sp.GetRequiredService<ModelCatalog>()));
        services.AddSingleton<IConversationFlow, StarterFlow>();
        services.AddSingleton<IAdaptiveCardRenderer, FallbackCardRenderer>();
        return services;
    }

    public static string CatalogPath(IConfiguration configuration, string contentRoot)
    {
        var path = configuration["Catalog:Path"] ?? "catalog";
        return Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
    }
}
