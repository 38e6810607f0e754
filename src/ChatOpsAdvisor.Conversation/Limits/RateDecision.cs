namespace ChatOpsAdvisor.Conversation.Limits;

/// <summary>What the rate limit says about one turn.</summary>
public readonly record struct RateDecision(RateVerdict Verdict, TimeSpan RetryAfter)
{
    public static readonly RateDecision Admitted = new(RateVerdict.Admitted, TimeSpan.Zero);

    public bool IsAdmitted => Verdict == RateVerdict.Admitted;
}

public enum RateVerdict
{
    /// <summary>Within the limits: the turn runs and counts.</summary>
    Admitted,

    /// <summary>Over a limit, and the first refusal since the last admitted turn: say so, once.</summary>
    Warn,

    /// <summary>Over a limit and already told: drop the turn quietly, so a flood gets no flood of replies.</summary>
    Drop,
}
