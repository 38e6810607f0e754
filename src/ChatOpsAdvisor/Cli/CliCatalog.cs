using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Hosting;

namespace ChatOpsAdvisor.Cli;

/// <summary>The catalog the bot would use: Catalog:Path from the root appsettings.json (or the environment).</summary>
public static class CliCatalog
{
    public static ModelCatalog Load()
    {
        var root = ProjectRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return CatalogLoader.Load(AdviceServices.CatalogPath(configuration, root));
    }
}
