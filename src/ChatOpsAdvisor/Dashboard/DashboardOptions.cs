namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// The "Dashboard" settings. Authority is an Entra ID v2 tenant authority
/// (https://login.microsoftonline.com/{tenant-id}/v2.0) and Audience the API's application ID URI
/// or client id; both empty means the pages answer loopback requests only.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public bool RequiresBearer => !string.IsNullOrWhiteSpace(Authority);

    internal bool IsValid(out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(Authority) != string.IsNullOrWhiteSpace(Audience))
        {
            problem = "Dashboard:Authority and Dashboard:Audience go together: set both (bearer tokens) or neither (loopback only).";
        }
        else if (RequiresBearer && !(Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            problem = "Dashboard:Authority must be an https URL such as https://login.microsoftonline.com/{tenant-id}/v2.0.";
        }

        return problem.Length == 0;
    }
}
