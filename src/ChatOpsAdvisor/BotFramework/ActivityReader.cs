using System.Text.Json;
using System.Text.Unicode;
using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework;

/// <summary>
/// Parses an activity and checks the fields the bot relies on. Each problem is a short reason for a 400;
/// parser messages are not passed on (no internals in responses). JSON is UTF-8 (RFC 8259 §8.1): a body that is
/// not, or a card value or channelData holding text that cannot be read (a lone surrogate escape such as
/// <c>"\ud800"</c>), is refused here — those two stay raw JSON until a turn reads them, too late for a 400.
/// </summary>
public static class ActivityReader
{
    private static readonly HashSet<string> Replied =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke];

    public static Activity? Read(byte[] body, out string problem)
    {
        problem = "";
        if (!Utf8.IsValid(body))
        {
            problem = "the body is not UTF-8";
            return null;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            problem = "the body is not a JSON activity";
            return null;
        }

        problem = activity is null ? "the body is not a JSON activity" : Problem(activity) ?? "";
        return problem.Length == 0 ? activity : null;
    }

    /// <summary>The first missing or invalid required field (spec: type always; conversation.id, serviceUrl, from.id for what the bot answers).</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type is required";
        }

        if (!IsReadableText(activity.Value) || !IsReadableText(activity.ChannelData))
        {
            return "value and channelData must hold valid text";
        }

        if (!Replied.Contains(activity.Type))
        {
            return null;
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "conversation.id is required";
        }

        if (ServiceUrlPolicy.Parse(activity.ServiceUrl) is null)
        {
            return "serviceUrl must be an absolute http(s) URL";
        }

        return activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrEmpty(activity.From?.Id)
            ? "from.id is required"
            : null;
    }

    /// <summary>Whether every property name and string in the element reads as text, as the turn will read them.</summary>
    private static bool IsReadableText(JsonElement? element)
    {
        try
        {
            Visit(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            // JsonElement's "Cannot read invalid UTF-16 JSON text" (or UTF-8): the text cannot be transcoded.
            return false;
        }

        static void Visit(JsonElement? element)
        {
            switch (element?.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.Value.EnumerateObject())
                    {
                        _ = property.Name;
                        Visit(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.Value.EnumerateArray())
                    {
                        Visit(item);
                    }

                    break;
                case JsonValueKind.String:
                    _ = element.Value.GetString();
                    break;
                default:
                    break;
            }
        }
    }
}
