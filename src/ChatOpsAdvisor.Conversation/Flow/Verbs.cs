namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// The verbs card buttons submit (Action.Submit data.verb, or Action.Execute verb through the
/// adaptiveCard/action invoke; Slack block_actions map to the same). Stable wire vocabulary.
/// </summary>
public static class Verbs
{
    public const string Start = "start";
    public const string Help = "help";
    public const string Restart = "restart";
    public const string Back = "back";
    public const string SetInfrastructure = "setInfrastructure";
    public const string SetUseCase = "setUseCase";
    public const string Pick = "pick";
    public const string Record = "record";
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Supersede = "supersede";
    public const string Revisit = "revisit";
    public const string RefreshDecision = "refreshDecision";
    public const string History = "history";

    /// <summary>Verbs that act on the person's current step: a click from an older card is refused politely.</summary>
    public static readonly IReadOnlySet<string> StepBound = new HashSet<string>(StringComparer.Ordinal) { SetInfrastructure, SetUseCase, Pick, Record, Back };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Start, Help, Restart, Back, SetInfrastructure, SetUseCase, Pick, Record, Accept, Reject, Supersede, Revisit, RefreshDecision, History,
    };
}

/// <summary>The input ids of the cards (the keys of a submit's value).</summary>
public static class InputIds
{
    public const string Verb = "verb";
    public const string Version = "v";
    public const string GpuMemory = "gpuMemory";
    public const string GpuName = "gpuName";
    public const string GpuCount = "gpuCount";
    public const string Workload = "workload";
    public const string Context = "context";
    public const string Precision = "precision";
    public const string UseCase = "useCase";
    public const string Commercial = "commercial";
    public const string Picks = "picks";
    public const string Rationale = "rationale";
    public const string Decision = "decision";
    public const string Offset = "offset";
    public const string Filter = "filter";
}
