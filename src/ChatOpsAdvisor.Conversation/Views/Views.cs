namespace ChatOpsAdvisor.Conversation.Views;

// View models of the cards. Every visible string is already localised by the flow; templates
// (cards/teams/*.json, cards/slack/*.json) only place them. Each carries the state version its
// buttons submit, so a click on an old card is recognised.

/// <summary>Welcome and help: what the bot does, the three steps, examples and commands.</summary>
public sealed record IntroView(
    string Lang, int Version, LabelsView Labels, string Title, string Text,
    IReadOnlyList<string> Steps, string ExamplesTitle, IReadOnlyList<string> Examples, string CommandsTitle, IReadOnlyList<FactView> Commands);

/// <summary>Step 1 question: the hardware form.</summary>
public sealed record InfrastructureFormView(
    string Lang, int Version, LabelsView Labels, string Title, string Text, string? Problem, bool HasProblem,
    string GpuMemory, string GpuName, string GpuCount, string Workload, string Context, string Precision,
    IReadOnlyList<ChoiceView> Workloads, IReadOnlyList<ChoiceView> Contexts, IReadOnlyList<ChoiceView> Precisions);

/// <summary>Step 1 answer (quick rule, budget, tiers) with the step 2 question (the use case).</summary>
public sealed record InfrastructureView(
    string Lang, int Version, LabelsView Labels, string Title, string Hardware, string QuickRule, string QuickRuleNote,
    IReadOnlyList<FactView> Budget, string Tier, string TierExplanation, IReadOnlyList<TierView> Tiers,
    string UseCaseQuestion, IReadOnlyList<ChoiceView> UseCases, string UseCase, string Commercial);

public sealed record TierView(string Name, string Fits, string Explanation, bool Landing, string Color);

/// <summary>Step 2 answer: the candidates with their evidence, ties, why the benchmarks matter, pitfalls.</summary>
public sealed record CandidatesView(
    string Lang, int Version, LabelsView Labels, string Title, string Subtitle,
    IReadOnlyList<CandidateView> Candidates, IReadOnlyList<FactView> WhyBenchmarks, IReadOnlyList<string> Ties,
    IReadOnlyList<PitfallView> Pitfalls, IReadOnlyList<ChoiceView> Choices, string PickHint, bool HasCandidates, bool HasTies, string Empty);

public sealed record CandidateView(
    string Rank, string Name, string Id, string Size, string MemoryBar, string Memory, string Speed, string License,
    string LicenseUrl, string Confidence, IReadOnlyList<ScoreView> Scores, string? Tie, bool HasTie);

public sealed record ScoreView(string Benchmark, string Value, string Source);

public sealed record PitfallView(string Kind, string Text);

/// <summary>Step 3: the validation plan for one or two picked candidates.</summary>
public sealed record ValidationView(
    string Lang, int Version, LabelsView Labels, string Title, string Text, IReadOnlyList<ValidationPlanView> Plans,
    IReadOnlyList<string> General, string RecordHint);

public sealed record ValidationPlanView(string Name, string Id, IReadOnlyList<FactView> Steps, string LicenseUrl);

/// <summary>
/// The decision record card: the one people pin. Kept true when the status changes: <see cref="CanAccept"/> only
/// while proposed, <see cref="Open"/> (supersede) while proposed or accepted.
/// </summary>
public sealed record DecisionRecordView(
    string Lang, int Version, LabelsView Labels, int Number, string Title, string Status, string StatusColor,
    IReadOnlyList<FactView> Facts, string Rationale, IReadOnlyList<string> Candidates, IReadOnlyList<string> Pitfalls,
    bool Open, bool CanAccept, string RefreshVerb, IReadOnlyList<string> RefreshUserIds);

/// <summary>A page of decision history.</summary>
public sealed record HistoryView(
    string Lang, int Version, LabelsView Labels, string Title, string Text, IReadOnlyList<FactView> Items,
    bool HasPrevious, bool HasNext, int PreviousOffset, int NextOffset, string Filter);

/// <summary>estimate &lt;model&gt; on &lt;gpu&gt;.</summary>
public sealed record EstimateCardView(
    string Lang, int Version, LabelsView Labels, string Title, string Subtitle, IReadOnlyList<FactView> Breakdown,
    string Verdict, bool Fits, IReadOnlyList<string> Alternatives, IReadOnlyList<string> Assumptions);

/// <summary>compare &lt;a&gt; &lt;b&gt;.</summary>
public sealed record CompareView(
    string Lang, int Version, LabelsView Labels, string Title, string HeaderA, string HeaderB,
    IReadOnlyList<CompareRowView> Rows, IReadOnlyList<string> Notes);

public sealed record CompareRowView(string Label, string A, string B);

/// <summary>Revisit: the same inputs ranked against today's catalog, and what changed.</summary>
public sealed record RevisitView(
    string Lang, int Version, LabelsView Labels, string Title, string Text, IReadOnlyList<string> Changes, bool HasChanges, string NoChanges);

/// <summary>A short message: a problem with the input, a click on an old card, slow down.</summary>
public sealed record NoticeView(string Lang, int Version, LabelsView Labels, string Title, string Text, bool ShowHelp);

/// <summary>Something failed inside the bot: the reader gets only a correlation id to quote.</summary>
public sealed record ErrorView(string Lang, string Title, string Text, string CorrelationId);
