using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Cards;

/// <summary>Serialises view models to the JSON data a template binds (camelCase, source-generated).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IntroView))]
[JsonSerializable(typeof(InfrastructureFormView))]
[JsonSerializable(typeof(InfrastructureView))]
[JsonSerializable(typeof(CandidatesView))]
[JsonSerializable(typeof(ValidationView))]
[JsonSerializable(typeof(DecisionRecordView))]
[JsonSerializable(typeof(HistoryView))]
[JsonSerializable(typeof(EstimateCardView))]
[JsonSerializable(typeof(CompareView))]
[JsonSerializable(typeof(RevisitView))]
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(ErrorView))]
public sealed partial class CardJsonContext : JsonSerializerContext;
