using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Tests.Reliability.Support;
using Xunit.Abstractions;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>
/// Hostile input: thousands of seeded hostile requests to /api/messages of the bot as a child process. Only
/// 2xx/4xx answers (501 only where the protocol defines it: an invoke the bot does not implement), no stack trace
/// or exception text in any answer, the process stays up and still runs a whole conversation afterwards — all
/// within a 160 MiB managed heap limit, which keeping what the requests carried would exceed — and its resident
/// memory grows by less than 256 MiB.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int Seed = 9_2026;
    private const int Requests = 3_000;
    private const int InFlight = 4;
    private const long RssGrowthBound = 256L * 1024 * 1024;

    /// <summary>The child's managed heap limit: retaining what the requests carry (89 MiB as UTF-8, about twice that as strings) would exhaust it.</summary>
    private const string HeapLimit = "0xA000000";

    [Fact]
    public async Task PostActivities_ThousandsOfHostileBodies_OnlyClientErrorsAndTheBotStaysUpWithinMemory()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var database = new DatabaseFile();
        using var bot = await BotProcess.StartAsync(database.Path, new Dictionary<string, string>
        {
            ["BotFramework__ConnectorRetryDelay"] = "00:00:00.050",
            ["BotFramework__ConnectorAttemptTimeout"] = "00:00:02",
            ["DOTNET_GCHeapHardLimit"] = HeapLimit,
        });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await new TeamsConversation(client, connector, "tenant-fuzz", "warm-up").RecordDecisionAsync("before");
        var rssBefore = bot.ResidentBytes();

        var requests = new HostileActivities(Seed, connector.ServiceUrl).Take(Requests).ToList();
        var answers = new (HttpStatusCode Status, string Body)[requests.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (i, _) =>
            answers[i] = await PostAsync(client, requests[i]));
        var cutOff = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CutOffAsync(bot.BaseAddress, chunked: i % 2 == 0)));
        var rssAfter = bot.ResidentBytes();

        var wrong = requests.Zip(answers).Where(p => !Acceptable(p.First, p.Second.Status)).Select(p => $"{p.First.Kind}: {(int)p.Second.Status} {p.Second.Body}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers were 5xx:\n" + string.Join('\n', wrong.Take(10)) + "\n" + ChildProcess.Tail(bot.Output));
        Assert.All(answers.Select(a => a.Body).Concat(cutOff), body => Assert.DoesNotMatch(@"\bat [\w.]+\(|Exception|   at ", body));
        Assert.False(bot.HasExited, bot.Output);
        var after = await new TeamsConversation(client, connector, "tenant-fuzz", "after").RecordDecisionAsync("after");
        Assert.True(after > 1);
        Assert.True(rssAfter - rssBefore < RssGrowthBound, $"RSS grew from {Mib(rssBefore)} to {Mib(rssAfter)}");

        output.WriteLine($"seed {Seed}: {requests.Count} requests ({Mib(requests.Sum(r => (long)r.Body.Length))} in all), {InFlight} in flight, + {cutOff.Length} cut-off connections");
        output.WriteLine("by kind: " + string.Join(", ", requests.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine("answers: " + string.Join(", ", answers.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}")));
        output.WriteLine($"RSS before {Mib(rssBefore)}, after {Mib(rssAfter)}; decision after the fuzzing: #{after}");
    }

    /// <summary>Below 500, or 501 for an invoke whose name the bot does not implement (the SDK's answer too).</summary>
    private static bool Acceptable(HostileRequest request, HttpStatusCode status) =>
        (int)status < 500 || (status == HttpStatusCode.NotImplemented && IsUnknownInvoke(request.Body));

    private static bool IsUnknownInvoke(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity) is { Type: ActivityTypes.Invoke } activity && activity.Name != InvokeNames.AdaptiveCardAction;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<(HttpStatusCode, string)> PostAsync(HttpClient client, HostileRequest request)
    {
        using var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A request whose body stops short of what its headers announce (Content-Length, or a chunk), then the client hangs up.</summary>
    private static async Task<string> CutOffAsync(Uri bot, bool chunked)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(bot.Host, bot.Port);
        var stream = tcp.GetStream();
        var framing = chunked ? "Transfer-Encoding: chunked\r\n\r\n400\r\n{\"type\":\"mess" : "Content-Length: 1000\r\n\r\n{\"type\":\"mess";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/messages HTTP/1.1\r\nHost: {bot.Authority}\r\nContent-Type: application/json\r\n{framing}"));
        tcp.Client.Shutdown(SocketShutdown.Send);
        var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer);
        }
        catch (IOException)
        {
            // The server may reset the connection after (or instead of) its answer.
        }

        return Encoding.ASCII.GetString(answer.ToArray());
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MiB";
}
