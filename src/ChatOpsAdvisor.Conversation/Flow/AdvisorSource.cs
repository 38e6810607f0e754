using ChatOpsAdvisor.Advice;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>The advisor over the current catalog; replaced as a whole when the catalog is reloaded.</summary>
public sealed class AdvisorSource(Advisor initial)
{
    private Advisor current = initial;

    public Advisor Current => Volatile.Read(ref current);

    public void Replace(Advisor advisor)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        Volatile.Write(ref current, advisor);
    }
}
