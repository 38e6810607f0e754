using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Dashboard;

public static class DashboardAccess
{
    /// <summary>The authentication scheme the decision pages (and nothing else) use.</summary>
    public const string Scheme = "DashboardBearer";

    /// <summary>The Entra ID claim that names the signed-in person's tenant.</summary>
    public const string TenantClaim = "tid";

    /// <summary>
    /// Options (validated at start-up) and the bearer scheme, configured from the options when first
    /// used. There is no default scheme, automatic or not: the scheme runs only when the decision
    /// pages call it, so /api/messages keeps authenticating Bot Framework tokens on its own. (ASP.NET
    /// Core makes a lone scheme the default, and the authentication middleware would then try every
    /// request's bearer token, Bot Framework ones included; the documented switch turns that off.)
    /// </summary>
    public static IServiceCollection AddDashboardAccess(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.Section)
            .Validate(o => o.IsValid(out _), "Dashboard settings are invalid: set Authority (https) and Audience together, or neither.")
            .ValidateOnStart();
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", isEnabled: true);
        services.AddAuthentication().AddJwtBearer(Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IOptions<DashboardOptions>>((jwt, dashboard) =>
        {
            jwt.Authority = dashboard.Value.Authority;
            jwt.Audience = dashboard.Value.Audience;
            jwt.MapInboundClaims = false; // keep "tid" as "tid"
            jwt.TokenValidationParameters.NameClaimType = "name";
        });
        return services;
    }
}
