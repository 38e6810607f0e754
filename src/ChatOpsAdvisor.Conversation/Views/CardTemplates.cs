namespace ChatOpsAdvisor.Conversation.Views;

/// <summary>Template names: cards/teams/{name}.json and cards/slack/{name}.json.</summary>
public static class CardTemplates
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string InfrastructureForm = "infrastructure-form";
    public const string Infrastructure = "infrastructure";
    public const string Candidates = "candidates";
    public const string Validation = "validation";
    public const string DecisionRecord = "decision-record";
    public const string History = "history";
    public const string Estimate = "estimate";
    public const string Compare = "compare";
    public const string Revisit = "revisit";
    public const string Notice = "notice";
    public const string Error = "error";

    public static readonly IReadOnlyList<string> All =
        [Welcome, Help, InfrastructureForm, Infrastructure, Candidates, Validation, DecisionRecord, History, Estimate, Compare, Revisit, Notice, Error];
}
