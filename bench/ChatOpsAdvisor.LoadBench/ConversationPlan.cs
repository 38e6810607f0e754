namespace ChatOpsAdvisor.LoadBench;

/// <summary>The turns of the mix, in order: what the person does and which card the advisor must answer with.</summary>
internal enum MixStep
{
    /// <summary>conversationUpdate adding the person → the welcome card (its first button: "start").</summary>
    Join,

    /// <summary>A typed message with the hardware → step 1's answer ("setUseCase").</summary>
    Hardware,

    /// <summary>Action.Submit on step 1's card choosing a use case → step 2's candidates ("pick").</summary>
    UseCase,

    /// <summary>Action.Submit on step 2's card picking two candidates → step 3's validation plan ("record").</summary>
    Pick,

    /// <summary>Action.Submit on step 3's card with a rationale → the decision record ("accept").</summary>
    Record,
}

/// <summary>
/// One conversation of the mix, fixed by its number so every target gets the same activities: five kinds of
/// hardware (typed as people type them) × the seven use cases, one in four asking for commercial licences,
/// one in three recording a decision (4⅓ turns per conversation); eight tenants.
/// </summary>
internal sealed record ConversationPlan(long Number, string Hardware, string UseCase, bool Commercial, string? Rationale)
{
    private static readonly string[] HardwareTexts =
    [
        "2x RTX 4090 24GB, LoRA, 8k context",
        "A100 80GB, qlora",
        "one H100, 32k context",
        "24GB",
        "RTX 3060 12GB, q4",
    ];

    private static readonly string[] UseCases =
    [
        "code-assistant", "customer-support", "instruction-following", "reasoning-math", "knowledge-rag", "general-chat", "on-device-extraction",
    ];

    private static readonly string[] Rationales =
    [
        "cheapest to serve on our GPUs, Apache-2.0",
        "best score within the budget; the tie with the second is within noise, so we take the smaller one",
        "licence allows commercial use; fits with headroom for a longer context",
    ];

    private static readonly MixStep[] ThreeSteps = [MixStep.Join, MixStep.Hardware, MixStep.UseCase, MixStep.Pick];
    private static readonly MixStep[] ThreeStepsAndRecord = [.. ThreeSteps, MixStep.Record];

    public static double TurnsPerConversation => ThreeSteps.Length + 1.0 / 3;

    public IReadOnlyList<MixStep> Steps => Rationale is null ? ThreeSteps : ThreeStepsAndRecord;

    public string Tenant => "tenant-" + (Number % 8);

    public static ConversationPlan For(long number) => new(
        number,
        HardwareTexts[number % HardwareTexts.Length],
        UseCases[number % UseCases.Length],
        Commercial: number % 4 == 1,
        Rationale: number % 3 == 0 ? Rationales[number / 3 % Rationales.Length] : null);

    /// <summary>The first button verb of the card the advisor answers <paramref name="step"/> with.</summary>
    public static string ExpectedVerb(MixStep step) => step switch
    {
        MixStep.Join => "start",
        MixStep.Hardware => "setUseCase",
        MixStep.UseCase => "pick",
        MixStep.Pick => "record",
        _ => "accept",
    };
}
