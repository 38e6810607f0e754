using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>Fresh ids for one conversation of one target: conversation, person, and an activity id per step.</summary>
internal sealed record ConversationIds(string Conversation, string User)
{
    public static ConversationIds For(string target, long number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return new ConversationIds($"{target}-conversation-{n}", $"29:{target}-user-{n}");
    }

    public string Activity(int step) => Conversation + "-activity-" + step.ToString(CultureInfo.InvariantCulture);
}
