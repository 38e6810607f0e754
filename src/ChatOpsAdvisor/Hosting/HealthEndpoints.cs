namespace ChatOpsAdvisor.Hosting;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")));
        return app;
    }
}

public sealed record HealthStatus(string Status);
