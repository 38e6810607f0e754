using ChatOpsAdvisor.Conversation.Localization;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>The button and input labels of every card, per language (built once).</summary>
public static class Labels
{
    private static readonly LabelsView English = Build("en");
    private static readonly LabelsView Japanese = Build("ja");

    public static LabelsView For(string language) => language == "ja" ? Japanese : English;

    private static LabelsView Build(string l) => new(
        Texts.Get(l, "label.start"),
        Texts.Get(l, "label.next"),
        Texts.Get(l, "label.back"),
        Texts.Get(l, "label.restart"),
        Texts.Get(l, "label.help"),
        Texts.Get(l, "label.pick"),
        Texts.Get(l, "label.record"),
        Texts.Get(l, "label.accept"),
        Texts.Get(l, "label.supersede"),
        Texts.Get(l, "label.revisit"),
        Texts.Get(l, "label.previous"),
        Texts.Get(l, "label.more"),
        Texts.Get(l, "label.gpu-memory"),
        Texts.Get(l, "label.gpu-name"),
        Texts.Get(l, "label.gpu-count"),
        Texts.Get(l, "label.workload"),
        Texts.Get(l, "label.context"),
        Texts.Get(l, "label.precision"),
        Texts.Get(l, "label.use-case"),
        Texts.Get(l, "label.commercial"),
        Texts.Get(l, "label.rationale"),
        Texts.Get(l, "label.rationale-placeholder"),
        Texts.Get(l, "label.candidates"),
        Texts.Get(l, "label.why-benchmarks"),
        Texts.Get(l, "label.pitfalls"),
        Texts.Get(l, "label.evidence"));
}
