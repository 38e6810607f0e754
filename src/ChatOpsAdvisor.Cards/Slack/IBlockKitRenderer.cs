using System.Text.Json.Nodes;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>Turns a reply card into a Slack message: Block Kit blocks and the plain-text notification fallback.</summary>
public interface IBlockKitRenderer
{
    BlockKitMessage Render(ReplyCard card);
}

/// <summary>
/// The content of a chat.postMessage / chat.update: <paramref name="Blocks"/> within Block Kit's limits and
/// <paramref name="Text"/>, the mrkdwn-escaped fallback Slack shows in notifications and where blocks cannot render.
/// </summary>
public sealed record BlockKitMessage(JsonArray Blocks, string Text);
