using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Cli.Chat;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Storage.Migrations;

namespace ChatOpsAdvisor.Cli;

/// <summary>chat: the same three-step flow in the terminal, on the same catalog and database as the bot.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var root = ProjectRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddAdvice(configuration, root)
            .AddStorage(configuration, root);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

        var session = new ChatSession(
            provider.GetRequiredService<IConversationFlow>(),
            provider.GetRequiredService<IAdaptiveCardRenderer>(),
            Terminal.For(output),
            input);
        await session.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
