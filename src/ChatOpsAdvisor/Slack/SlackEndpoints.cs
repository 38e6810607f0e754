using ChatOpsAdvisor.Slack.Inbound;
using ChatOpsAdvisor.Slack.Signing;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack;

public static class SlackEndpoints
{
    public const string EventsRoute = "/api/slack/events";
    public const string InteractionsRoute = "/api/slack/interactions";
    public const string CommandsRoute = "/api/slack/commands";

    /// <summary>Maps the Events API, interactivity and slash-command endpoints, all behind the signature check, and says at start-up what is missing.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints).FullName!);
        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            logger.NoSigningSecret();
        }
        else if (string.IsNullOrEmpty(options.BotToken))
        {
            logger.NoBotToken();
        }
        else
        {
            logger.SlackOn(options.ApiBaseUrl);
        }

        var slack = app.MapGroup(string.Empty).AddEndpointFilter<SlackSignatureFilter>();
        slack.MapPost(EventsRoute, (HttpContext context, SlackEndpointHandlers handlers) => handlers.Events(context)).WithName("SlackEvents");
        slack.MapPost(InteractionsRoute, (HttpContext context, SlackEndpointHandlers handlers) => handlers.Interactions(context)).WithName("SlackInteractions");
        slack.MapPost(CommandsRoute, (HttpContext context, SlackEndpointHandlers handlers) => handlers.Commands(context)).WithName("SlackCommands");
        return app;
    }
}
