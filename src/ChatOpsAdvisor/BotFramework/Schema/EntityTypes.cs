namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Values of <c>entity.type</c> the bot reads.</summary>
public static class EntityTypes
{
    public const string Mention = "mention";
}
