using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Tests.BotFramework.Support;
using ChatOpsAdvisor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsAdvisor.Tests.EndToEnd;

/// <summary>
/// The bot against the real Microsoft 365 Agents Playground, driven in headless Chromium by Playwright:
/// what the official Teams-like client sends, and renders, with no fixture of ours in between. Loopback only.
/// </summary>
public sealed partial class PlaygroundTests
{
    private static readonly TimeSpan PlaygroundStart = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BrowserCheck = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Playground_WelcomeMessageAndCardClicks_RenderTheBotsReplies()
    {
        var e2e = TestPaths.E2e;
        if (E2ePrerequisites.Missing(e2e) is { } missing)
        {
            Assert.Fail(missing);
        }

        var runDirectory = Directory.CreateDirectory(Path.Combine(e2e, ".tmp", "run-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var flow = new E2eFlow();
        using var bot = new KestrelBot(replace: services =>
        {
            services.AddSingleton<IConversationFlow>(flow);
            services.AddSingleton<IAdaptiveCardRenderer, E2eCardRenderer>();
        });
        var botUrl = bot.Start();

        // Run from a folder under tests/e2e (git-ignored): npx finds the local package there, and the Playground's log stays out of the tree.
        using var playground = ChildProcess.Start(
            E2ePrerequisites.FindOnPath("npx")!,
            ["--no-install", "agentsplayground", "-e", new Uri(botUrl, "/api/messages").AbsoluteUri, "-c", "msteams", "-p", FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry"],
            runDirectory,
            new Dictionary<string, string> { ["BROWSER"] = "/bin/true" });
        var listening = await playground.WaitForLineAsync(line => ListeningOn().IsMatch(line), PlaygroundStart);
        Assert.True(listening is not null, "The Playground did not start:\n" + playground.Output);
        var playgroundUrl = new Uri($"http://127.0.0.1:{ListeningOn().Match(listening!).Groups[1].Value}/");
        Assert.True(await PingsAsync(playgroundUrl), "The Playground does not answer /_debug/ping:\n" + playground.Output);

        var expectations = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["welcome"] = E2eFlow.Welcome,
            ["message"] = "hello from the e2e test",
            ["reply"] = E2eFlow.Reply("hello from the e2e test"),
            ["submitButton"] = E2eFlow.SubmitButton,
            ["submitAnswer"] = E2eFlow.Picked("blue"),
            ["executeButton"] = E2eFlow.ExecuteButton,
            ["executeAnswer"] = E2eFlow.Executed("pick", "red"),
        });
        using var browser = ChildProcess.Start(
            E2ePrerequisites.FindOnPath("node")!,
            [Path.Combine(e2e, "playground-check.mjs"), playgroundUrl.AbsoluteUri, expectations, runDirectory],
            e2e,
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = E2ePrerequisites.Chromium });
        var finished = await browser.WaitForExitAsync(BrowserCheck);

        var report = $"Browser check:\n{browser.Output}\nPlayground:\n{playground.Output}\nArtifacts: {runDirectory}";
        Assert.True(finished, "The browser check timed out.\n" + report);
        Assert.True(browser.ExitCode == 0, report);

        var turns = flow.Turns;
        Assert.Single(turns, t => t.Kind == TurnKind.MemberAdded && t.UserId == "user-id-0");
        Assert.Contains(turns, t => t.Kind == TurnKind.Message && t.Text == "hello from the e2e test" && t.Locale == "en-US");
        Assert.Contains(turns, t => t.Kind == TurnKind.Message && t.Inputs?.GetValueOrDefault("choice") == "blue");
        Assert.Contains(turns, t => t.Kind == TurnKind.CardAction && t.Text == "pick" && t.Inputs?.GetValueOrDefault("choice") == "red");
        Directory.Delete(runDirectory, recursive: true);
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> PingsAsync(Uri playground)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                if (await http.GetStringAsync(new Uri(playground, "/_debug/ping")) == "pong")
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // "Listening" is printed just before the server takes requests; try again shortly.
            }

            await Task.Delay(250);
        }

        return false;
    }
}
