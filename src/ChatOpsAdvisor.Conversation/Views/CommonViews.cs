namespace ChatOpsAdvisor.Conversation.Views;

/// <summary>A label and its value (FactSet rows).</summary>
public sealed record FactView(string Title, string Value);

/// <summary>A choice of an Input.ChoiceSet.</summary>
public sealed record ChoiceView(string Title, string Value);

/// <summary>
/// Button and input labels of a card, already in the reader's language. Every card gets the
/// whole set so templates can use any of them.
/// </summary>
public sealed record LabelsView(
    string Start,
    string Next,
    string Back,
    string Restart,
    string Help,
    string Pick,
    string Record,
    string Accept,
    string Supersede,
    string Revisit,
    string Previous,
    string More,
    string GpuMemory,
    string GpuName,
    string GpuCount,
    string Workload,
    string Context,
    string Precision,
    string UseCase,
    string Commercial,
    string Rationale,
    string RationalePlaceholder,
    string Candidates,
    string WhyBenchmarks,
    string Pitfalls,
    string Evidence);
