using System.Text.Json;
using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework;

/// <summary>
/// Parses an activity and checks the fields the bot relies on. Each problem is a short reason for a 400;
/// parser messages are not passed on (no internals in responses).
/// </summary>
public static class ActivityReader
{
    private static readonly HashSet<string> Replied =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke];

    public static Activity? Read(byte[] body, out string problem)
    {
        problem = "";
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
}
