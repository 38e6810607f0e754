using System.Net;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsAdvisor.Tests.EndToEnd;

/// <summary>
/// The whole bot on real Kestrel, on a free loopback port, anonymous (the Playground sends no token), with the
/// end-to-end flow and renderer in place of the app's.
/// </summary>
public sealed class E2eBot : WebApplicationFactory<Program>
{
    public E2eFlow Flow { get; } = new();

    /// <summary>Its own database file, outside the repository.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"chatops-e2e-{Guid.NewGuid():N}.db");

    public Uri Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Storage:DatabasePath"] = DatabasePath,
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConversationFlow>(Flow);
            services.AddSingleton<IAdaptiveCardRenderer, E2eCardRenderer>();
        });
    }
}
