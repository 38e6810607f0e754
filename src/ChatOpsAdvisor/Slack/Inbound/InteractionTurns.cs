using System.Text.Json;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Slack.Wire;
using ChatOpsAdvisor.Slack.Work;

namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>
/// A block_actions click as the same turn a Teams card submit makes: the button's value is the JSON of
/// the Action.Submit data (verb, v, decision, offset, filter), and the message's input blocks
/// (block_id = action_id = the input id) give the other inputs, as flat strings.
/// </summary>
public static class InteractionTurns
{
    /// <returns>The work, or null with the reason it is ignored.</returns>
    public static SlackWork? From(InteractionPayload payload, out string reason)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var action = payload.Actions is { Count: > 0 } actions ? actions[0] : null;
        var user = payload.User?.Id;
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        reason = payload.Type != SlackEventTypes.BlockActions ? "interaction type " + payload.Type
            : action is null || action.Type != SlackEventTypes.Button ? "not a button"
            : user is null || channel is null ? "no user or channel"
            : string.Empty;
        if (reason.Length > 0)
        {
            return null;
        }

        var inputs = StateValues(payload.State);
        foreach (var (key, value) in ButtonValue(action!.Value))
        {
            inputs[key] = value;
        }

        inputs.TryAdd(InputIds.Verb, action.ActionId ?? string.Empty);
        var place = new SlackPlace(channel!, payload.Container?.ThreadTs ?? payload.Message?.ThreadTs);
        var turn = new Turn(
            TurnKind.Message,
            ChannelKinds.Slack,
            payload.Team?.Id ?? payload.User?.TeamId ?? payload.Enterprise?.Id ?? string.Empty,
            place.ConversationId,
            user!,
            payload.User?.Name ?? payload.User?.Username,
            payload.TriggerId ?? channel + ":" + action.ActionTs,
            Inputs: inputs,
            ChannelId: channel);
        return new SlackWork(turn, place);
    }

    /// <summary>Input values by action id: text as typed, a select's value, checkboxes' values joined by commas.</summary>
    public static Dictionary<string, string> StateValues(BlockState? state)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in (state?.Values ?? []).Values.SelectMany(block => block))
        {
            var e = element.Value;
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (e.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
            {
                inputs[element.Key] = text.GetString()!;
            }
            else if (e.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object)
            {
                inputs[element.Key] = OptionValue(option);
            }
            else if (e.TryGetProperty("selected_options", out var options) && options.ValueKind == JsonValueKind.Array)
            {
                inputs[element.Key] = string.Join(',', options.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.Object).Select(OptionValue));
            }
        }

        return inputs;
    }

    /// <summary>The data of a button: a JSON object of strings and numbers (anything else is ignored).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ButtonValue(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] != '{')
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(value);
            return json.RootElement.ValueKind != JsonValueKind.Object ? [] : [.. json.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string OptionValue(JsonElement option) =>
        option.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
}
