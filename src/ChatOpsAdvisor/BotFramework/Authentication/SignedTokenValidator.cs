using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>A token whose signature, issuer, audience and lifetime passed, with its signing key's endorsements.</summary>
public sealed record SignedToken(JsonWebToken? Token, IReadOnlyList<string>? Endorsements, string? Failure);

/// <summary>
/// Checks signature (RS256/384/512 only, a key of the metadata named by <c>kid</c>), issuer, audience and
/// lifetime with 5 minutes of skew — the SDK's TokenValidationParameters (bot-protocol.md §c.1).
/// </summary>
public sealed class SignedTokenValidator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new();

    /// <param name="audience">The app id the token must be for, or null when the route checks it itself (Emulator).</param>
    public async Task<SignedToken> ValidateAsync(
        string token, ConfigurationManager<OpenIdConnectConfiguration> metadata, IEnumerable<string> issuers, string? audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audience)).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: a token signed by a key we have not seen yet asks for fresh metadata once (as the SDK does).
            metadata.RequestRefresh();
            configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audience)).ConfigureAwait(false);
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            // The exception type says what failed; its message may carry token parts, so it is not passed on.
            return new SignedToken(null, null, "token rejected: " + (result.Exception?.GetType().Name ?? "invalid"));
        }

        return new SignedToken(jwt, Endorsements.Of(configuration, jwt.Kid), null);
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IEnumerable<string> issuers, string? audience) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = audience is not null,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
    };
}
