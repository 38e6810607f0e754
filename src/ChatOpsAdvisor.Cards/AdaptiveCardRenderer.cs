using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards;

/// <summary>
/// Renders a reply card by binding its template in cards/teams with its view model, and keeps
/// every card under Teams' size limit by shortening its lists (<see cref="CardSizeGuard"/>).
/// </summary>
public sealed class AdaptiveCardRenderer(TemplateStore templates) : IAdaptiveCardRenderer
{
    public JsonObject Render(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var template = templates.Get(card.Template);
        var data = ViewModelJson.ToNode(card.ViewModel);
        return CardSizeGuard.Fit(data, d => TemplateBinder.Bind(template, d) as JsonObject
            ?? throw new InvalidDataException($"template {card.Template} is not a JSON object"));
    }
}

/// <summary>View model → JSON data, through the source-generated context.</summary>
public static class ViewModelJson
{
    public static JsonNode ToNode(object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        return JsonSerializer.SerializeToNode(viewModel, viewModel.GetType(), CardJsonContext.Default)
            ?? throw new InvalidOperationException("a view model serialised to null");
    }
}
