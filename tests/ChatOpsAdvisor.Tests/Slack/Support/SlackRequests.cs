using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Slack.Signing;

namespace ChatOpsAdvisor.Tests.Slack.Support;

/// <summary>Requests as Slack sends them: JSON events, form-encoded interactions and slash commands, signed with the app's secret.</summary>
public sealed class SlackRequests(HttpClient client, string secret, TimeProvider clock)
{
    public const string BotUser = "UBOT0001";
    private static int triggers;

    public Task<HttpResponseMessage> MentionAsync(string team, string channel, string eventId, string text, string ts, int? retry = null) =>
        EventAsync(Envelope(team, eventId, new JsonObject
        {
            ["type"] = "app_mention", ["user"] = "UALICE01", ["text"] = $"<@{BotUser}> {text}", ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        }), retry);

    public static JsonObject Envelope(string team, string eventId, JsonObject inner) => new()
    {
        ["token"] = "legacy-verification-token", ["team_id"] = team, ["api_app_id"] = "A0ADVISOR", ["event"] = inner,
        ["type"] = "event_callback", ["event_id"] = eventId, ["event_time"] = 1_764_406_800,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = BotUser, ["is_bot"] = true }),
    };

    public Task<HttpResponseMessage> EventAsync(JsonNode envelope, int? retry = null)
    {
        var headers = retry is { } n ? new Dictionary<string, string> { ["X-Slack-Retry-Num"] = n.ToString(CultureInfo.InvariantCulture), ["X-Slack-Retry-Reason"] = "http_timeout" } : null;
        return PostAsync("/api/slack/events", envelope.ToJsonString(), "application/json", headers);
    }

    /// <summary>A click on a button of a message the bot posted, with the message's inputs filled as given (else as posted).</summary>
    public Task<HttpResponseMessage> ClickAsync(string team, SlackCall message, string actionId, params (string Id, string[] Values)[] inputs)
    {
        var given = inputs.ToDictionary(i => i.Id, i => i.Values);
        var values = new JsonObject();
        foreach (var block in message.Blocks.Where(b => b!["type"]!.GetValue<string>() == "input"))
        {
            var element = block!["element"]!;
            var id = element["action_id"]!.GetValue<string>();
            var options = element["options"]?.AsArray().Select(o => o!.DeepClone()).ToList() ?? [];
            var state = new JsonObject { ["type"] = element["type"]!.GetValue<string>() };
            switch (state["type"]!.GetValue<string>())
            {
                case "plain_text_input":
                    state["value"] = given.TryGetValue(id, out var typed) ? typed[0] : element["initial_value"]?.GetValue<string>();
                    break;
                case "checkboxes":
                    state["selected_options"] = new JsonArray([.. given.TryGetValue(id, out var picked) ? options.Where(o => picked.Contains(o!["value"]!.GetValue<string>())) : []]);
                    break;
                default:
                    state["selected_option"] = given.TryGetValue(id, out var chosen) ? options.First(o => o!["value"]!.GetValue<string>() == chosen[0]) : element["initial_option"]?.DeepClone();
                    break;
            }

            values[block["block_id"]!.GetValue<string>()] = new JsonObject { [id] = state };
        }

        var button = message.Blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Single(e => e!["action_id"]!.GetValue<string>() == actionId)!;
        var container = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel, ["is_ephemeral"] = false, ["thread_ts"] = message.ThreadTs };
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "UALICE01", ["username"] = "alice", ["name"] = "alice", ["team_id"] = team },
            ["api_app_id"] = "A0ADVISOR", ["token"] = "legacy-verification-token", ["container"] = container,
            ["trigger_id"] = "trigger-" + Interlocked.Increment(ref triggers).ToString(CultureInfo.InvariantCulture),
            ["team"] = new JsonObject { ["id"] = team, ["domain"] = "acme" },
            ["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = "ml-infra" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = message.Ts, ["thread_ts"] = message.ThreadTs, ["text"] = message.Body["text"]!.DeepClone(), ["blocks"] = message.Blocks.DeepClone() },
            ["state"] = new JsonObject { ["values"] = values },
            ["response_url"] = "https://hooks.slack.example/actions/T/1/x",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "actions", ["text"] = button["text"]!.DeepClone(),
                ["value"] = button["value"]!.GetValue<string>(), ["action_ts"] = "1764406801.000200",
            }),
        };
        return PostAsync("/api/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");
    }

    public Task<HttpResponseMessage> CommandAsync(string team, string channel, string text) =>
        PostAsync(
            "/api/slack/commands",
            $"token=legacy&team_id={team}&team_domain=acme&channel_id={channel}&channel_name=ml-infra&user_id=UALICE01&user_name=alice&command=%2Fadvisor&text={Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal)}&response_url=https%3A%2F%2Fhooks.slack.example%2Fcommands%2F1&trigger_id=cmd-{Interlocked.Increment(ref triggers)}",
            "application/x-www-form-urlencoded");

    /// <summary>A POST signed now by the app's clock (or at <paramref name="signedAt"/>), then with <paramref name="headers"/> set over.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, IReadOnlyDictionary<string, string>? headers = null, bool sign = true, DateTimeOffset? signedAt = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        if (sign)
        {
            var timestamp = (signedAt ?? clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
            request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.Add(name, value);
        }

        return client.SendAsync(request);
    }
}
