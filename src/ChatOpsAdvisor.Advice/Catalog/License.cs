namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>A model licence as read from its text. Not legal advice: the bot always links it.</summary>
public sealed record License(
    string Id,
    string Name,
    string? Url,
    string CommercialUse,
    IReadOnlyList<string> Conditions,
    string Source)
{
    public bool AllowsCommercialUse => CommercialUse is CommercialUseKinds.Yes or CommercialUseKinds.Conditional;
}

public static class CommercialUseKinds
{
    public const string Yes = "yes";
    public const string Conditional = "conditional";
    public const string No = "no";
    public const string Unverified = "unverified";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Yes, Conditional, No, Unverified };
}
