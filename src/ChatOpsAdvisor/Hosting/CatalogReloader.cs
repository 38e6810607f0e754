using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;

namespace ChatOpsAdvisor.Hosting;

/// <summary>
/// Reloads Catalog:Path for the people listed in Admin:UserIds (channel user ids, e.g. Teams "29:…"
/// or Slack "U…"). In the terminal chat the local user is the admin.
/// </summary>
public sealed class CatalogReloader(IConfiguration configuration, string contentRoot) : ICatalogReloader
{
    public bool IsAdmin(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.ChannelKind == ChannelKinds.Cli)
        {
            return true;
        }

        var admins = configuration.GetSection("Admin:UserIds").Get<string[]>() ?? [];
        return admins.Contains(turn.UserId, StringComparer.Ordinal);
    }

    public ModelCatalog Load() => CatalogLoader.Load(AdviceServices.CatalogPath(configuration, contentRoot));
}
