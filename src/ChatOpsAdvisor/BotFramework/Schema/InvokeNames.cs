namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Invoke names the bot answers; any other name gets 501 as in the SDK.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
