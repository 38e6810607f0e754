using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// Who may read the decision pages, and which tenant they see.
/// <list type="bullet">
/// <item>Dashboard:Authority and Dashboard:Audience set: a bearer token issued by that Entra ID
/// authority for that audience is required (401 without a valid one), and the tenant is the
/// token's <c>tid</c> claim (403 without one). A <c>tenant</c> query parameter is ignored, so no
/// URL can widen what a person sees.</item>
/// <item>Neither set: the pages are a local tool for whoever runs the bot. Only loopback requests
/// are answered (403 otherwise, including when the remote address is unknown), and the tenant
/// comes from the required <c>tenant</c> query parameter (400 without it). A request carrying
/// X-Forwarded-For or Forwarded came through a proxy, and a proxy on the same machine makes every
/// caller look local, so it is refused too: a deployment behind a proxy must configure an authority.</item>
/// </list>
/// </summary>
internal sealed class DashboardAccessFilter(IOptions<DashboardOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        DashboardViews.AddSecurityHeaders(http.Response);
        var (viewer, refusal) = options.Value.RequiresBearer ? await FromTokenAsync(http).ConfigureAwait(false) : FromLoopback(http);
        if (refusal is not null)
        {
            return refusal;
        }

        http.Items[typeof(DashboardViewer)] = viewer;
        return await next(context).ConfigureAwait(false);
    }

    private static async Task<(DashboardViewer?, IResult?)> FromTokenAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(DashboardAccess.Scheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal is null)
        {
            return (null, TypedResults.Challenge(authenticationSchemes: [DashboardAccess.Scheme]));
        }

        var tenant = result.Principal.FindFirst(DashboardAccess.TenantClaim)?.Value;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return (null, DashboardViews.Problem(StatusCodes.Status403Forbidden, "The token has no tenant (tid) claim."));
        }

        http.User = result.Principal;
        return (new DashboardViewer(tenant, TenantInQuery: false), null);
    }

    private static (DashboardViewer?, IResult?) FromLoopback(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (remote is { IsIPv4MappedToIPv6: true })
        {
            remote = remote.MapToIPv4();
        }

        var proxied = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded");
        if (remote is null || !IPAddress.IsLoopback(remote) || proxied)
        {
            return (null, DashboardViews.Problem(
                StatusCodes.Status403Forbidden,
                "The decision pages answer local requests only. Configure Dashboard:Authority and Dashboard:Audience to use them from elsewhere."));
        }

        var tenant = http.Request.Query["tenant"];
        if (tenant.Count != 1 || string.IsNullOrWhiteSpace(tenant[0]))
        {
            return (null, DashboardViews.Problem(StatusCodes.Status400BadRequest, "Add ?tenant=<tenant id>: without a configured authority the tenant is given in the address."));
        }

        return (new DashboardViewer(tenant[0]!.Trim(), TenantInQuery: true), null);
    }
}

/// <summary>The tenant a request may see, and whether links must carry it in their query.</summary>
internal sealed record DashboardViewer(string TenantId, bool TenantInQuery)
{
    public static DashboardViewer Of(HttpContext http) =>
        http.Items[typeof(DashboardViewer)] as DashboardViewer ?? throw new InvalidOperationException("The dashboard access filter did not run.");

    /// <summary>A link within the pages, carrying the tenant when it travels in the address.</summary>
    public string Link(string path) => TenantInQuery ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, "tenant", TenantId) : path;
}
