using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.BotFramework.Turns;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>
/// A reply carries its card as the renderer wrote it (<see cref="CardJson"/>): serialized through the wire
/// context, the activity, an expectReplies body and an invoke answer are exactly what the card as a JSON object gives.
/// </summary>
public sealed class ReplyCardSerializationTests
{
    private static readonly AdaptiveCardRenderer Renderer = new(new TemplateStore(Path.Combine(RepoPaths.Cards, "teams")));

    private static readonly Activity Inbound = new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "29:user", Name = "ユーザー" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ChatOpsAdvisor" },
        Conversation = new ConversationAccount { Id = "19:chat" },
    };

    [Theory]
    [InlineData("en", "Budget <24 GB> & \"quotes\" 'here'", "Licence: Llama 3.1 & Qwen2.5 <ok>")]
    [InlineData("ja", "予算 <24 GB> & “引用”", "ライセンス：商用可 😀 \u2028 改行")]
    public void Activity_WithTheCardsBytes_SerializesAsWithTheCardObject(string lang, string title, string text)
    {
        var card = Renderer.RenderJson(new ReplyCard(CardTemplates.Notice, new NoticeView(lang, 3, Labels.For(lang), title, text, ShowHelp: true), title));

        var verbatim = ReplyActivities.Card(Inbound, card.AsContent(), title);
        var asObject = ReplyActivities.Card(Inbound, card.ToObject(), title);

        Assert.Equal(
            JsonSerializer.Serialize(asObject, BotJsonContext.Default.Activity),
            JsonSerializer.Serialize(verbatim, BotJsonContext.Default.Activity));
        Assert.Equal(
            JsonSerializer.Serialize(new ExpectedReplies([asObject]), BotJsonContext.Default.ExpectedReplies),
            JsonSerializer.Serialize(new ExpectedReplies([verbatim]), BotJsonContext.Default.ExpectedReplies));
        Assert.Equal(
            JsonSerializer.Serialize(InvokeResponse.Card(card.ToObject()), BotJsonContext.Default.InvokeResponse),
            JsonSerializer.Serialize(InvokeResponse.Card(card.AsContent()), BotJsonContext.Default.InvokeResponse));

        var wire = JsonNode.Parse(JsonSerializer.Serialize(verbatim, BotJsonContext.Default.Activity))!;
        Assert.Equal(title, (string?)wire["attachments"]![0]!["content"]!["body"]!.AsArray().Select(b => (string?)b!["text"]).First(t => t == title));
    }
}
