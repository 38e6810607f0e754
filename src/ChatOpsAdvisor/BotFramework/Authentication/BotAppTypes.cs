namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>Values of the MicrosoftAppType setting (bot-protocol.md §c.2); parsed case-insensitively.</summary>
public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
