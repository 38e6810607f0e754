using System.Diagnostics;
using System.Net.Http.Headers;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// Start-up to the first answered turn: from just before the bot's process starts until a typed message
/// ("24GB, code assistant": ranking and the candidates card, the heaviest first turn) is answered 200 and its
/// candidates card has reached the sink. The message is sent every 10 ms until the port accepts it. Each run is
/// a new process with a new SQLite file, so it includes creating the schema.
/// </summary>
internal static class StartupProbe
{
    private const string FirstMessage = "24GB, code assistant";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(ConnectorSink sink, int runs, IReadOnlyDictionary<string, string> botEnvironment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var times = new List<TimeSpan>();
        for (var run = 1; run <= runs; run++)
        {
            times.Add(await OnceAsync(sink, run, botEnvironment, cancellationToken));
            Console.WriteLine($"  start-up run {run}: {times[^1].TotalMilliseconds:0} ms");
        }

        return times;
    }

    private static async Task<TimeSpan> OnceAsync(ConnectorSink sink, int run, IReadOnlyDictionary<string, string> botEnvironment, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var plan = ConversationPlan.For(run) with { Hardware = FirstMessage };
        var ids = ConversationIds.For("startup", run);
        var body = MixActivity.Write(MixStep.Hardware, plan, ids, sink.ServiceUrlFor("startup"), (ReplyCard.None, ""));
        var messages = new Uri($"http://127.0.0.1:{port}/api/messages");
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) });
        using var database = new ScratchDatabase();
        var started = Stopwatch.GetTimestamp();
        using var bot = TargetLauncher.StartAdvisor(port, database, botEnvironment);
        while (Stopwatch.GetElapsedTime(started) < Limit && !bot.HasExited)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await client.PostAsync(messages, content, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started);
                var card = sink.LedgerOf("startup").Of(ids.Conversation)?.Latest.Card;
                return response.IsSuccessStatusCode && card?.FirstVerb == "pick"
                    ? elapsed
                    : throw new InvalidOperationException($"The first turn was answered HTTP {(int)response.StatusCode} with reply card '{card?.FirstVerb ?? "none"}', expected 'pick':\n{bot.Tail}");
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
                await Task.Delay(10, cancellationToken);
            }
        }

        throw new InvalidOperationException($"The bot did not answer its first turn within {Limit.TotalSeconds:0} s:\n{bot.Tail}");
    }
}
