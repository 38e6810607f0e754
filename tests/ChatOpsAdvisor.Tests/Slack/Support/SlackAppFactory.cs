using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Slack.Support;

/// <summary>
/// The whole app on a temporary SQLite file, its Slack Web API pointed at <see cref="FakeSlackApi"/>, one
/// worker (so turns run in arrival order), and a fixed clock to sign requests with; the flow is the app's own.
/// </summary>
public sealed class SlackAppFactory(FakeSlackApi api, string signingSecret = SlackAppFactory.Secret) : WebApplicationFactory<Program>
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Token = "xoxb-test-token-never-logged";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatopsadvisor-slack-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "advisor.db");

    public FixedTime Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    public IDecisionLog Decisions => Services.GetRequiredService<IDecisionLog>();

    public SlackRequests Requests => new(CreateClient(), signingSecret, Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The app's ConfigurationSetup clears the sources and adds appsettings.json, environment and command line;
        // sources added here come after it, so they win (the dashboard tests rely on the same).
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Slack:SigningSecret"] = signingSecret,
            ["Slack:BotToken"] = Token,
            ["Slack:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Slack:Workers"] = "1",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
