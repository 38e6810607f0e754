namespace ChatOpsAdvisor.Hosting;

public static class ConfigurationSetup
{
    /// <summary>The root appsettings.json (content root), then environment variables, then the command line.</summary>
    public static WebApplicationBuilder AddAdvisorConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.Sources.Clear();
        builder.Configuration
            .SetBasePath(builder.Environment.ContentRootPath)
            .AddJsonFile("appsettings.json", optional: false, reloadOnChange: false)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        return builder;
    }
}
