using System.Net;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Dashboard;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatOpsAdvisor.Tests.Dashboard.Support;

/// <summary>
/// The whole app on a temporary SQLite file. TestServer leaves the remote address empty, so a
/// first middleware takes it from the <see cref="RemoteIpHeader"/> test header. With
/// <paramref name="bearer"/>, the dashboard authority is configured and its signing key is the
/// local <see cref="TestIssuer"/> key, so no metadata is fetched from the network.
/// </summary>
public sealed class DashboardApp(bool bearer = false) : WebApplicationFactory<Program>
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatopsadvisor-dashboard-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "data", "advisor.db");

    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 6, 20, 12, 0, 0, TimeSpan.Zero));

    public IDecisionLog Log => Services.GetRequiredService<IDecisionLog>();

    /// <summary>A client whose requests come from <paramref name="remote"/> (null: no address, as TestServer has it).</summary>
    public HttpClient ClientFrom(string? remote = "127.0.0.1")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (remote is not null)
        {
            client.DefaultRequestHeaders.Add(RemoteIpHeader, remote);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Dashboard:Authority"] = bearer ? TestIssuer.Authority : string.Empty,
            ["Dashboard:Audience"] = bearer ? TestIssuer.Audience : string.Empty,
        };
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddressFromHeader());
            services.Configure<JwtBearerOptions>(DashboardAccess.Scheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = TestIssuer.Authority };
                configuration.SigningKeys.Add(TestIssuer.SigningKey);
                o.Configuration = configuration;
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class RemoteAddressFromHeader : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteIpHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>A clock that says what it is told.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;
}
