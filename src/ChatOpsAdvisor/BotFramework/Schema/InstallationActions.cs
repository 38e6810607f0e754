namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Values of <c>activity.action</c> on installationUpdate (the SDK also handles the -upgrade variants).</summary>
public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
    public const string RemoveUpgrade = "remove-upgrade";
}
