using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace ChatOpsAdvisor.Cli.Chat;

/// <summary>
/// Draws an Adaptive Card in the terminal with Spectre.Console (text, fact sets, containers,
/// columns) and collects what a person can do with it: its inputs and its buttons, numbered.
/// </summary>
public static partial class TerminalCard
{
    public static CardControls Draw(IAnsiConsole console, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(card);
        var inputs = new List<JsonObject>();
        var rows = new List<Spectre.Console.Rendering.IRenderable>();
        Elements(card["body"] as JsonArray, rows, inputs);
        var actions = (card["actions"] as JsonArray)?.OfType<JsonObject>().Where(a => a["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute").ToList() ?? [];
        if (actions.Count > 0)
        {
            rows.Add(new Markup(string.Join("   ", actions.Select((a, i) => $"[bold]\\[{i + 1}][/] {Markup.Escape(Text(a["title"]))}"))));
        }

        console.Write(new Panel(new Rows(rows)).Border(BoxBorder.Rounded).Expand());
        return new CardControls(inputs, actions);
    }

    private static void Elements(JsonArray? items, List<Spectre.Console.Rendering.IRenderable> rows, List<JsonObject> inputs)
    {
        foreach (var item in items?.OfType<JsonObject>() ?? [])
        {
            switch (item["type"]?.GetValue<string>())
            {
                case "TextBlock":
                    var text = Plain(Text(item["text"]));
                    var style = item["weight"]?.GetValue<string>() == "Bolder" ? "bold" : item["isSubtle"]?.GetValue<bool>() == true ? "grey" : "default";
                    rows.Add(new Markup($"[{style}]{Markup.Escape(text)}[/]"));
                    break;
                case "FactSet":
                    var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
                    foreach (var fact in (item["facts"] as JsonArray)?.OfType<JsonObject>() ?? [])
                    {
                        grid.AddRow(new Markup($"[bold]{Markup.Escape(Text(fact["title"]))}[/]"), new Markup(Markup.Escape(Plain(Text(fact["value"])))));
                    }

                    rows.Add(grid);
                    break;
                case "Container":
                    Elements(item["items"] as JsonArray, rows, inputs);
                    break;
                case "ColumnSet":
                    var cells = new List<Spectre.Console.Rendering.IRenderable>();
                    foreach (var column in (item["columns"] as JsonArray)?.OfType<JsonObject>() ?? [])
                    {
                        var inner = new List<Spectre.Console.Rendering.IRenderable>();
                        Elements(column["items"] as JsonArray, inner, inputs);
                        cells.Add(new Rows(inner));
                    }

                    rows.Add(new Columns(cells));
                    break;
                case { } type when type.StartsWith("Input.", StringComparison.Ordinal):
                    inputs.Add(item);
                    var label = Text(item["label"] ?? item["title"] ?? item["id"]);
                    var choices = (item["choices"] as JsonArray)?.OfType<JsonObject>().Select((c, i) => $"  {i + 1}. {Text(c["title"])}").ToList() ?? [];
                    rows.Add(new Markup($"[italic]{Markup.Escape(label)}[/]" + (choices.Count > 0 ? "\n" + Markup.Escape(string.Join("\n", choices)) : string.Empty)));
                    break;
            }
        }
    }

    public static string Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString() ?? string.Empty;

    /// <summary>Card markdown (**bold**) shown as plain text.</summary>
    private static string Plain(string text) => BoldPattern().Replace(text, "$1");

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.CultureInvariant, 200)]
    private static partial Regex BoldPattern();
}

/// <summary>What the person can do with the card just drawn.</summary>
public sealed record CardControls(IReadOnlyList<JsonObject> Inputs, IReadOnlyList<JsonObject> Actions);
