using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Validation.Support;

/// <summary>
/// An OpenAI-compatible /v1/chat/completions on 127.0.0.1 and a free port, answering by rule:
/// "say X" answers X (model "weak" answers "I don't know" when the prompt has "[hard]");
/// "fail" gives HTTP 500; "hang" never answers; "garbage" is not JSON; "empty" has no choices.
/// Every answer carries a usage block of one completion token per word.
/// </summary>
public sealed class FakeCompletionServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource hangReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeCompletionServer(WebApplication app) => this.app = app;

    public string Root => app.Urls.First();

    public ConcurrentBag<string> Authorizations { get; } = [];

    /// <summary>Completes once a "hang" prompt has arrived (so the request is in flight).</summary>
    public Task HangReceived => hangReceived.Task;

    public static async Task<FakeCompletionServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeCompletionServer(builder.Build());
        server.app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await server.app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, CancellationToken aborted)
    {
        Authorizations.Add(request.Headers.Authorization.ToString());
        var body = (await JsonNode.ParseAsync(request.Body, cancellationToken: aborted))!.AsObject();
        var model = body["model"]!.GetValue<string>();
        var prompt = body["messages"]!.AsArray()[^1]!["content"]!.GetValue<string>();
        switch (prompt)
        {
            case "fail":
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "boom" } }, statusCode: 500);
            case "hang":
                hangReceived.TrySetResult();
                await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            case "garbage":
                return Results.Text("this is not JSON", "application/json");
            case "empty":
                return Results.Json(Completion(model, null));
            default:
                var answer = model == "weak" && prompt.Contains("[hard]", StringComparison.Ordinal)
                    ? "I don't know"
                    : prompt.StartsWith("say ", StringComparison.Ordinal) ? prompt["say ".Length..].Replace("[hard]", string.Empty, StringComparison.Ordinal).Trim() : prompt;
                return Results.Json(Completion(model, answer));
        }
    }

    private static JsonObject Completion(string model, string? answer)
    {
        var choices = new JsonArray();
        var tokens = answer?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        if (answer is not null)
        {
            choices.Add(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer },
                ["finish_reason"] = "stop",
            });
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = choices,
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = tokens, ["total_tokens"] = tokens + 5 },
        };
    }
}
