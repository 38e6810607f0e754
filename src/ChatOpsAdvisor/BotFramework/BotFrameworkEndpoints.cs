using ChatOpsAdvisor.BotFramework.Authentication;

namespace ChatOpsAdvisor.BotFramework;

public static class BotFrameworkEndpoints
{
    public const string MessagesRoute = "/api/messages";

    /// <summary>Maps POST /api/messages and says at start-up whether requests are authenticated.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Resolving the identity here also validates the settings at start-up (e.g. SingleTenant without a tenant).
        var identity = app.ServiceProvider.GetRequiredService<BotAppIdentity>();
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotFrameworkEndpoints).FullName!);
        if (identity.IsAnonymous)
        {
            logger.AnonymousMode();
        }
        else
        {
            logger.AuthenticationOn(identity.ToString());
        }

        // The Bot Framework token is validated by MessagesEndpoint itself (its rules are not ASP.NET's JWT bearer
        // rules), so no app-wide authorization policy may apply here.
        app.MapPost(MessagesRoute, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .AllowAnonymous()
            .WithName("BotFrameworkMessages");
        return app;
    }
}
