using System.Text.Json;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>Translates activities into channel-neutral turns for the conversation flow.</summary>
public static class ActivityTurns
{
    /// <summary>Typed text (without the bot's @mention) or an Action.Submit (its value as inputs).</summary>
    public static Turn Message(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity, TurnKind.Message, activity.From) with
        {
            Text = MentionText.Remove(activity),
            Inputs = CardValue.Flatten(activity.Value),
        };
    }

    /// <summary>One welcome turn per added member other than the bot itself (the SDK's OnMembersAdded rule).</summary>
    public static IReadOnlyList<Turn> MembersAdded(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.MembersAdded ?? [])
            .Where(m => !string.IsNullOrEmpty(m.Id) && m.Id != activity.Recipient?.Id)
            .Select(m => For(activity, TurnKind.MemberAdded, m))];
    }

    /// <summary>The app was installed: a welcome for the person who installed it.</summary>
    public static Turn Installed(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity, TurnKind.MemberAdded, activity.From);
    }

    /// <summary>A Universal Action: the verb is the turn's text, the action's data (with the inputs merged in) its inputs.</summary>
    public static Turn CardAction(Activity activity, string verb, JsonElement? data)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity, TurnKind.CardAction, activity.From) with { Text = verb, Inputs = CardValue.Flatten(data) };
    }

    /// <summary>
    /// The Entra tenant: conversation.tenantId, else channelData.tenant.id (Teams sends both). Channels without
    /// tenants (Web Chat, Direct Line, the Emulator) get one per channel, "channel:{channelId}", so their decisions
    /// are recorded and numbered like any tenant's, apart from Teams tenants.
    /// </summary>
    public static string TenantOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? activity.Conversation.TenantId
            : ChannelDataId(activity, "tenant") is { } tenant && !string.IsNullOrWhiteSpace(tenant) ? tenant
            : "channel:" + (string.IsNullOrWhiteSpace(activity.ChannelId) ? "unknown" : activity.ChannelId);
    }

    /// <summary>channelData.{name}.id — Teams' tenant, team and channel (bot-protocol.md §d.4).</summary>
    private static string? ChannelDataId(Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(name, out var item) && item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static Turn For(Activity activity, TurnKind kind, ChannelAccount? user) => new(
        kind,
        activity.ChannelId ?? "",
        TenantOf(activity),
        activity.Conversation?.Id ?? "",
        user?.Id ?? "",
        user?.Name,
        activity.Id ?? "",
        Locale: activity.Locale,
        TeamId: ChannelDataId(activity, "team"),
        ChannelId: ChannelDataId(activity, "channel"));
}
