using ChatOpsAdvisor.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// Authenticates a POST to /api/messages in the SDK's order (bot-protocol.md §c.1): no header is accepted
/// only when no app id is configured; otherwise a Bearer JWT whose issuer picks the route — channel
/// (Azure Bot Service) or Emulator/own tenant — and whose route's rules must all pass.
/// </summary>
public sealed class BotAuthenticator(BotAppIdentity identity, OpenIdMetadata metadata, SignedTokenValidator validator, ServiceUrlPolicy serviceUrls)
{
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return identity.IsAnonymous
                ? TrustWithoutChannelToken(activity)
                : AuthenticationResult.Reject("no Authorization header");
        }

        if (identity.IsAnonymous)
        {
            // As in the SDK: a presented token is validated, and without an app id there is no audience to validate it against.
            return AuthenticationResult.Reject("a token was sent but no MicrosoftAppId is configured");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return AuthenticationResult.Reject("Authorization is not 'Bearer <token>'");
        }

        var issuer = ReadIssuer(parts[1]);
        if (issuer == BotIssuers.Channel)
        {
            var token = await validator.ValidateAsync(parts[1], metadata.Channel, [BotIssuers.Channel], identity.AppId, cancellationToken).ConfigureAwait(false);
            return ChannelTokenRules.Check(token, activity);
        }

        if (issuer is not null && BotIssuers.IsEmulatorOrTenant(issuer, identity.TenantId))
        {
            var issuers = BotIssuers.Emulator.Concat(BotIssuers.OfTenant(identity.TenantId));
            var token = await validator.ValidateAsync(parts[1], metadata.Emulator, issuers, audience: null, cancellationToken).ConfigureAwait(false);
            return EmulatorTokenRules.Check(token, activity, identity.AppId) ?? TrustWithoutChannelToken(activity);
        }

        // The SDK also rejects an unknown issuer before looking at the signature.
        return AuthenticationResult.Reject(issuer is null ? "malformed token" : "issuer not accepted");
    }

    /// <summary>No channel token names a service URL: the activity's own, if the policy allows it.</summary>
    private AuthenticationResult TrustWithoutChannelToken(Activity activity)
    {
        var serviceUrl = ServiceUrlPolicy.Parse(activity.ServiceUrl);
        return serviceUrl is not null && serviceUrls.Allows(serviceUrl)
            ? AuthenticationResult.Trust(serviceUrl)
            : AuthenticationResult.Reject("serviceUrl is missing, or neither loopback nor in BotFramework:AllowedServiceUrls");
    }

    private static string? ReadIssuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            return null;
        }
    }
}
