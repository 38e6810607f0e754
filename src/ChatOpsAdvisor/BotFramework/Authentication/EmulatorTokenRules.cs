using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// What an Emulator / own-tenant token must also satisfy (bot-protocol.md §c.1, the SDK's EmulatorValidation):
/// the app id it was issued to — <c>appid</c> for v1 tokens, <c>azp</c> for v2 — is this bot's; endorsements,
/// where the key has them, include the channel.
/// </summary>
public static class EmulatorTokenRules
{
    /// <returns>A rejection, or null when the token passes (the caller then applies the service URL policy).</returns>
    public static AuthenticationResult? Check(SignedToken token, Activity activity, string appId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        if (token.Token is null)
        {
            return AuthenticationResult.Reject(token.Failure ?? "token rejected");
        }

        token.Token.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationResult.Reject("unknown token version");
        }

        if (!token.Token.TryGetPayloadValue<string>(appIdClaim, out var tokenAppId) || !string.Equals(tokenAppId, appId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Reject("token was not issued to this bot");
        }

        return token.Endorsements is { } endorsements && !Endorsements.Allow(endorsements, activity.ChannelId)
            ? AuthenticationResult.Reject("signing key does not endorse the activity's channel")
            : null;
    }
}
