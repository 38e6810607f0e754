using System.Net;
using ChatOpsAdvisor.Tests.BotFramework.Support;
using ChatOpsAdvisor.Tests.Reliability.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Support;

/// <summary>
/// The whole app in this process — unless told otherwise the real flow, card renderer and SQLite file (its own,
/// in the temp folder) — on real Kestrel at 127.0.0.1, port 0, anonymous, replying to whatever loopback service
/// URL an activity names. Its logs are kept (<see cref="Logs"/>); settings override appsettings.json, and
/// <paramref name="replace"/> may swap services (the end-to-end tests put their own flow and renderer in).
/// </summary>
public sealed class KestrelBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null) : WebApplicationFactory<Program>
{
    public DatabaseFile Database { get; } = new();

    public RecordingLogs Logs { get; } = new();

    /// <summary>Starts the server; returns its base address.</summary>
    public Uri Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var merged = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Storage:DatabasePath"] = Database.Path,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(merged));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            replace?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Database.Dispose();
    }
}
