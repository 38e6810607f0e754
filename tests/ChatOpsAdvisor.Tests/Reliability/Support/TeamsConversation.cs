using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Conversation.Flow;

namespace ChatOpsAdvisor.Tests.Reliability.Support;

/// <summary>What one activity got: the HTTP answer of /api/messages and the replies that reached the connector meanwhile.</summary>
public sealed record TurnResult(HttpStatusCode Status, IReadOnlyList<ConnectorCall> Replies);

/// <summary>
/// One person in one Teams chat with the bot, with fresh conversation and user ids: sends activities as Teams
/// does (welcome, typed text, Action.Submit values) and reads the bot's cards at the <see cref="LoopbackConnector"/>.
/// Card clicks carry the state version <c>v</c> of the card they come from, read from the previous reply.
/// </summary>
public sealed class TeamsConversation(HttpClient bot, LoopbackConnector connector, string tenantId, string name)
{
    public const string BotId = "28:reliability-bot";

    private readonly List<TurnResult> turns = [];

    public string ConversationId { get; } = $"a:{name}-{Guid.NewGuid():N}";

    public string UserId { get; } = $"29:{name}-{Guid.NewGuid():N}";

    public IReadOnlyList<TurnResult> Turns => turns;

    /// <summary>Welcome, "24GB", code assistant, the first candidate, record: the decision number on the record card.</summary>
    public async Task<int> RecordDecisionAsync(string rationale)
    {
        await WelcomeAsync();
        var infrastructure = await SayAsync("24GB");
        var candidates = await ClickAsync(infrastructure, Verbs.SetUseCase, new() { [InputIds.UseCase] = "code-assistant" });
        var validation = await ClickAsync(candidates, Verbs.Pick, new() { [InputIds.Picks] = FirstChoice(candidates, InputIds.Picks) });
        var record = await ClickAsync(validation, Verbs.Record, new() { [InputIds.Rationale] = rationale });
        return DecisionNumber(record);
    }

    public Task<TurnResult> WelcomeAsync() => PostAsync(Activity("conversationUpdate", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId, ["name"] = name })));

    public Task<TurnResult> SayAsync(string text) => PostAsync(Activity("message", a => a["text"] = text));

    /// <summary>Presses the button of <paramref name="verb"/> on the last card of <paramref name="previous"/>, with the card's inputs.</summary>
    public Task<TurnResult> ClickAsync(TurnResult previous, string verb, JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var value = (JsonObject)ActionData(previous, verb).DeepClone();
        foreach (var (key, input) in inputs)
        {
            value[key] = input?.DeepClone();
        }

        return PostAsync(Activity("message", a => a["value"] = value));
    }

    /// <summary>The decision number on the record card of a turn (its buttons carry it).</summary>
    public static int DecisionNumber(TurnResult turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Replies.Select(DecisionNumberOn).LastOrDefault(n => n is not null)
            ?? throw new InvalidOperationException($"No decision record card in the replies ({turn.Status}): {Describe(turn)}");
    }

    /// <summary>The decision number when the call posted a decision record card, else null.</summary>
    public static int? DecisionNumberOn(ConnectorCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Objects(call.Card).FirstOrDefault(o => o["data"] is JsonObject data && (string?)data[InputIds.Verb] == Verbs.Revisit)?["data"]?[InputIds.Decision] is { } number
            ? int.Parse(number.ToString(), CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The data of the button of <paramref name="verb"/> on the turn's last card that has one.</summary>
    public static JsonObject ActionData(TurnResult turn, string verb)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Replies.Select(r => r.Card).OfType<JsonObject>().Reverse()
            .SelectMany(Objects)
            .FirstOrDefault(o => o["data"] is JsonObject data && (string?)data[InputIds.Verb] == verb)?["data"] as JsonObject
            ?? throw new InvalidOperationException($"No '{verb}' button in the replies ({turn.Status}): {Describe(turn)}");
    }

    private static string FirstChoice(TurnResult turn, string inputId) =>
        turn.Replies.Select(r => r.Card).OfType<JsonObject>().SelectMany(Objects)
            .FirstOrDefault(o => (string?)o["id"] == inputId)?["choices"]?[0]?["value"]?.ToString()
        ?? throw new InvalidOperationException($"No '{inputId}' choices in the replies: {Describe(turn)}");

    private static string Describe(TurnResult turn) =>
        string.Join(" | ", turn.Replies.Select(r => (string?)r.Json?["summary"] ?? r.Body[..Math.Min(200, r.Body.Length)]));

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Objects(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private JsonObject Activity(string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = name },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Advisor" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }

    private async Task<TurnResult> PostAsync(JsonObject activity)
    {
        // Replies are posted before /api/messages answers, so the connector has them all when the POST returns.
        var before = connector.CallsIn(ConversationId).Count;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var result = new TurnResult(response.StatusCode, [.. connector.CallsIn(ConversationId).Skip(before)]);
        lock (turns)
        {
            turns.Add(result);
        }

        return result;
    }
}
