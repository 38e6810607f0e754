using ChatOpsAdvisor.BotFramework.Authentication;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// Bot tokens through Microsoft.Identity.Client (bot-protocol.md §c.3): client credentials with scope
/// https://api.botframework.com/.default from the botframework.com tenant (MultiTenant) or the bot's own
/// tenant (SingleTenant); a user-assigned managed identity for UserAssignedMSI.
/// </summary>
public sealed class MsalBotTokenSource(BotAppIdentity identity) : IBotTokenSource
{
    public const string Resource = "https://api.botframework.com";
    private const string LoginBase = "https://login.microsoftonline.com/";
    private static readonly string[] Scopes = [Resource + "/.default"];

    // Built once: the application object holds MSAL's in-memory token cache.
    private readonly Lazy<IConfidentialClientApplication> client = new(() => ConfidentialClientApplicationBuilder
        .Create(identity.AppId)
        .WithClientSecret(identity.Password)
        .WithAuthority(LoginBase + (identity.AppType == BotAppTypes.SingleTenant ? identity.TenantId : "botframework.com"))
        .Build());

    private readonly Lazy<IManagedIdentityApplication> managedIdentity = new(() => ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(identity.AppId))
        .Build());

    public async Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = identity.AppType == BotAppTypes.UserAssignedMsi
            ? await managedIdentity.Value.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken).ConfigureAwait(false)
            : await client.Value.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new BotAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
