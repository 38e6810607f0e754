namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Values of <c>activity.type</c> the bot handles; compared ordinally (spec A2010).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
}
