using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Dashboard;
using ChatOpsAdvisor.Storage;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Migrations;
using ChatOpsAdvisor.Storage.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOpsAdvisor.Hosting;

public static class StorageServices
{
    public const string DefaultDatabasePath = "data/advisor.db";

    /// <summary>
    /// The SQLite decision log and conversation state (behind a write-through cache of Storage:StateCacheSize
    /// people), migrated before the server takes requests (a failed migration stops the start), and the access
    /// rule of the decision pages that read them (registered here so Program.cs keeps one line per concern). The
    /// path is read when the database is first resolved, so every configuration source counts.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new SqliteDatabase(DatabasePath(configuration, contentRoot)));
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService<MigrateAtStart>();
        services.AddSingleton<IDecisionLog, SqliteDecisionLog>();
        services.AddSingleton<SqliteConversationStateStore>();
        services.AddSingleton<IConversationStateStore>(sp => new CachedConversationStateStore(
            sp.GetRequiredService<SqliteConversationStateStore>(), configuration.GetValue("Storage:StateCacheSize", 2_000)));
        services.AddSingleton<IDecisionReports, SqliteDecisionReports>();
        services.AddDashboardAccess();
        return services;
    }

    /// <summary>Storage:DatabasePath, relative to the content root unless rooted.</summary>
    public static string DatabasePath(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration["Storage:DatabasePath"];
        path = string.IsNullOrWhiteSpace(path) ? DefaultDatabasePath : path;
        return Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
    }

    /// <summary>Hosted services start before the server listens, so no request meets an old schema.</summary>
    private sealed class MigrateAtStart(SchemaMigrator migrator) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
