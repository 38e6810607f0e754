namespace ChatOpsAdvisor.Conversation;

/// <summary>Channel vocabulary shared by adapters, records and storage.</summary>
public static class ChannelKinds
{
    public const string Teams = "msteams";
    public const string Slack = "slack";
    public const string Cli = "cli";
    public const string Emulator = "emulator";
    public const string WebChat = "webchat";
}
