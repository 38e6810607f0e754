using System.Text.Json;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.BotFramework.Turns;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>The pieces of activity → turn translation: mention removal and card value flattening.</summary>
public sealed class TurnMappingTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "Advisor" };

    [Theory]
    [InlineData("<at>Advisor</at> 24GB, code", "<at>Advisor</at>", "24GB, code")]
    [InlineData("<AT>advisor</AT> hi", "<at>Advisor</at>", "hi")]
    [InlineData("hi <at>Advisor</at>", null, "hi")]
    [InlineData("  plain text  ", "<at>Advisor</at>", "plain text")]
    public void Remove_MentionOfTheBot_StripsItCaseInsensitivelyAndTrims(string text, string? mentionText, string expected)
    {
        var activity = new Activity
        {
            Text = text,
            Recipient = Bot,
            Entities = [new Entity { Type = EntityTypes.Mention, Mentioned = Bot, Text = mentionText }],
        };

        Assert.Equal(expected, MentionText.Remove(activity));
    }

    [Theory]
    [InlineData("t-1", null, "msteams", "t-1")]
    [InlineData(null, "t-2", "msteams", "t-2")]
    [InlineData(null, null, "webchat", "channel:webchat")]
    [InlineData(" ", null, "emulator", "channel:emulator")]
    [InlineData(null, null, null, "channel:unknown")]
    public void TenantOf_TeamsTenantOrOnePerChannel_IsNeverEmpty(string? conversationTenant, string? channelDataTenant, string? channelId, string expected)
    {
        var activity = new Activity
        {
            ChannelId = channelId,
            Conversation = new ConversationAccount { Id = "c", TenantId = conversationTenant },
            ChannelData = channelDataTenant is null ? null : JsonSerializer.SerializeToElement(new { tenant = new { id = channelDataTenant } }),
        };

        Assert.Equal(expected, ActivityTurns.TenantOf(activity));
    }

    [Fact]
    public void Remove_MentionOfSomeoneElse_KeepsIt()
    {
        var activity = new Activity
        {
            Text = "ask <at>Megan</at> first",
            Recipient = Bot,
            Entities = [new Entity { Type = EntityTypes.Mention, Mentioned = new ChannelAccount { Id = "29:megan", Name = "Megan" }, Text = "<at>Megan</at>" }],
        };

        Assert.Equal("ask <at>Megan</at> first", MentionText.Remove(activity));
    }

    [Fact]
    public void Flatten_NestedValue_UsesDottedKeysAndSkipsNulls()
    {
        var value = JsonDocument.Parse("""{"gpu":{"memory":24,"count":2},"tags":["a","b"],"fast":true,"note":null,"msg":"hi"}""").RootElement;

        var inputs = CardValue.Flatten(value);

        Assert.Equal(new Dictionary<string, string>
        {
            ["gpu.memory"] = "24", ["gpu.count"] = "2", ["tags.0"] = "a", ["tags.1"] = "b", ["fast"] = "true", ["msg"] = "hi",
        }, inputs);
    }

    [Theory]
    [InlineData("\"just text\"", "just text")]
    [InlineData("42", "42")]
    public void Flatten_ScalarValue_BecomesTheValueKey(string json, string expected) =>
        Assert.Equal(expected, CardValue.Flatten(JsonDocument.Parse(json).RootElement)![CardValue.ScalarKey]);

    [Fact]
    public void Flatten_NoValue_IsNull()
    {
        Assert.Null(CardValue.Flatten(null));
        Assert.Null(CardValue.Flatten(JsonDocument.Parse("null").RootElement));
    }
}
