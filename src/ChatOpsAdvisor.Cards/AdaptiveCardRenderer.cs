using System.Buffers;
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
    public JsonObject Render(ReplyCard card) => RenderJson(card).ToObject();

    public CardJson RenderJson(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var template = templates.Get(card.Template);

        // The common case reads the view model as one element and writes the card once as UTF-8, which is also
        // its size. Only a card over the size limit takes the mutable-node path, whose lists the guard shortens
        // before binding again.
        var buffer = Scratch();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TemplateBinder.Bind(template, ViewModelJson.ToElement(card.ViewModel), writer);
        }

        if (buffer.WrittenCount > CardSizeGuard.MaxBytes)
        {
            return CardJson.From(CardSizeGuard.Fit(ViewModelJson.ToNode(card.ViewModel), d => AsObject(TemplateBinder.Bind(template, d), card.Template)));
        }

        if (buffer.WrittenSpan is not [(byte)'{', ..])
        {
            throw new InvalidDataException($"template {card.Template} is not a JSON object");
        }

        return new CardJson(buffer.WrittenSpan.ToArray());
    }

    // Binding is synchronous, so each thread can write its cards into one buffer and copy out only the card;
    // a buffer grown past twice the size limit (an oversize card) is not kept.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? scratch;

    private static ArrayBufferWriter<byte> Scratch()
    {
        if (scratch is { } kept && kept.Capacity <= 2 * CardSizeGuard.MaxBytes)
        {
            kept.ResetWrittenCount();
            return kept;
        }

        return scratch = new ArrayBufferWriter<byte>(CardSizeGuard.MaxBytes);
    }

    private static JsonObject AsObject(JsonNode? bound, string template) =>
        bound as JsonObject ?? throw new InvalidDataException($"template {template} is not a JSON object");
}

/// <summary>View model → JSON data, through the source-generated context.</summary>
public static class ViewModelJson
{
    /// <summary>The view model as one immutable element: serialized once, read in place by the binder.</summary>
    public static JsonElement ToElement(object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        return JsonSerializer.SerializeToElement(viewModel, viewModel.GetType(), CardJsonContext.Default);
    }

    public static JsonNode ToNode(object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        return JsonSerializer.SerializeToNode(viewModel, viewModel.GetType(), CardJsonContext.Default)
            ?? throw new InvalidOperationException("a view model serialised to null");
    }
}
