using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// What a channel token must also satisfy once signed, issued and addressed correctly (bot-protocol.md §c.1
/// steps 5–6): its signing key endorses the activity's channel, and its <c>serviceurl</c> claim equals the
/// activity's serviceUrl — which then becomes the only place replies go.
/// </summary>
public static class ChannelTokenRules
{
    public const string ServiceUrlClaim = "serviceurl";

    public static AuthenticationResult Check(SignedToken token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        if (token.Token is null)
        {
            return AuthenticationResult.Reject(token.Failure ?? "token rejected");
        }

        // A channel token's key must carry endorsements; only Emulator tokens may come from keys without them.
        if (token.Endorsements is null)
        {
            return AuthenticationResult.Reject("could not validate endorsement key");
        }

        if (!Endorsements.Allow(token.Endorsements, activity.ChannelId))
        {
            return AuthenticationResult.Reject("signing key does not endorse the activity's channel");
        }

        if (!token.Token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrEmpty(claimed))
        {
            return AuthenticationResult.Reject("missing serviceurl claim");
        }

        if (!string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Reject("serviceurl claim mismatch");
        }

        var serviceUrl = ServiceUrlPolicy.Parse(claimed);
        return serviceUrl is null ? AuthenticationResult.Reject("serviceurl claim is not an http(s) URL") : AuthenticationResult.Trust(serviceUrl);
    }
}
