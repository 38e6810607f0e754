using System.Globalization;
using System.Net;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The two floors, each run as a process of its own (this executable with <c>serve-floor PORT</c> or
/// <c>serve-parse PORT</c>): (a) bare Kestrel answering 200 to POST /api/messages, the absolute floor;
/// (b) the same after parsing the activity and posting one reply to its serviceUrl, the floor of any bot turn.
/// Each stops by itself when the benchmark that started it is gone.
/// </summary>
internal static class FloorServer
{
    public const string Floor = "serve-floor";
    public const string Parse = "serve-parse";

    public static bool IsMode(IReadOnlyList<string> args) => args is [Floor or Parse, ..];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var port = int.Parse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var parent = args.Count > 2 ? int.Parse(args[2], NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;
        var builder = WebApplication.CreateSlimBuilder(Quiet.Options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        if (args[0] == Parse)
        {
            builder.Services.AddSingleton<ParseFloor>();
        }

        await using var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        if (args[0] == Parse)
        {
            app.MapPost("/api/messages", (HttpContext context, ParseFloor floor) => floor.HandleAsync(context));
        }
        else
        {
            app.MapPost("/api/messages", () => TypedResults.Ok());
        }

        await app.StartAsync();
        await WhileAliveAsync(parent, app.Lifetime.ApplicationStopping);
        await app.StopAsync();
        return 0;
    }

    /// <summary>Returns when the parent process has gone (killed outright, it could not stop us) or the app is stopping.</summary>
    private static async Task WhileAliveAsync(int parent, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (parent > 0 && !Directory.Exists($"/proc/{parent}"))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping (SIGTERM, or killed with the benchmark's process tree).
        }
    }
}
