using System.Globalization;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli.Chat;

/// <summary>
/// The three-step flow in a terminal: type as in Teams, or press a button's number; a button on a
/// card with inputs asks for each input (Enter keeps the shown value, choices by number).
/// </summary>
public sealed class ChatSession(IConversationFlow flow, IAdaptiveCardRenderer renderer, IAnsiConsole console, TextReader input)
{
    private const string TenantId = "local";
    private readonly string conversationId = "cli-" + Environment.UserName;
    private CardControls? last;
    private int activity;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        console.MarkupLine("[grey]ChatOpsAdvisor in the terminal. Type a message (\"24GB, code assistant\"), a button's number, or \"quit\".[/]");
        await SendAsync(new Turn(TurnKind.MemberAdded, Conversation.ChannelKinds.Cli, TenantId, conversationId, Environment.UserName, Environment.UserName, NextId()), cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            console.Markup("[bold green]> [/]");
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "quit" or "exit")
            {
                return;
            }

            if (int.TryParse(line.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && last is { } controls && n >= 1 && n <= controls.Actions.Count)
            {
                var values = await CollectAsync(controls, controls.Actions[n - 1], cancellationToken).ConfigureAwait(false);
                await SendAsync(Turn(null, values), cancellationToken).ConfigureAwait(false);
                continue;
            }

            await SendAsync(Turn(line, null), cancellationToken).ConfigureAwait(false);
        }
    }

    private Turn Turn(string? text, IReadOnlyDictionary<string, string>? values) =>
        new(TurnKind.Message, Conversation.ChannelKinds.Cli, TenantId, conversationId, Environment.UserName, Environment.UserName, NextId(), text, values, CultureInfo.CurrentCulture.Name);

    private async Task SendAsync(Turn turn, CancellationToken cancellationToken)
    {
        var reply = await flow.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        foreach (var card in reply.Cards)
        {
            last = TerminalCard.Draw(console, renderer.Render(card));
        }
    }

    /// <summary>The button's data merged with the card's inputs, as Teams submits them.</summary>
    private async Task<Dictionary<string, string>> CollectAsync(CardControls controls, JsonObject action, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (action["data"] as JsonObject) ?? [])
        {
            values[key] = TerminalCard.Text(value).Trim('"');
        }

        if (action["verb"] is { } verb)
        {
            values["verb"] = TerminalCard.Text(verb);
        }

        foreach (var field in controls.Inputs)
        {
            var id = TerminalCard.Text(field["id"]);
            var current = TerminalCard.Text(field["value"]).Trim('"');
            var choices = (field["choices"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
            console.Markup($"[italic]{Markup.Escape(TerminalCard.Text(field["label"] ?? field["title"] ?? field["id"]))}[/] [grey]({Markup.Escape(current)})[/]: ");
            var answer = (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty).Trim();
            if (answer.Length == 0)
            {
                values[id] = current;
                continue;
            }

            values[id] = choices.Count == 0 ? answer : string.Join(",", answer.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(a =>
                int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 1 && i <= choices.Count ? TerminalCard.Text(choices[i - 1]["value"]) : a));
        }

        return values;
    }

    private string NextId() => "cli-" + Interlocked.Increment(ref activity).ToString(CultureInfo.InvariantCulture);
}
