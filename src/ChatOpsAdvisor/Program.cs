using ChatOpsAdvisor.BotFramework;
using ChatOpsAdvisor.Cli;
using ChatOpsAdvisor.Dashboard;
using ChatOpsAdvisor.Hosting;
using ChatOpsAdvisor.Slack;

// Subcommands (advise, estimate, chat, ...) run as a CLI; no arguments start the bot.
if (CliApp.IsCommand(args))
{
    // Ctrl+C cancels the command's work (a validate run, an import) instead of killing it mid-write; a second
    // Ctrl+C, or any in the terminal chat (which waits on the keyboard), ends the process as usual.
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = args[0] != "chat" && !interrupted.IsCancellationRequested;
        interrupted.Cancel();
    };
    return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellationToken: interrupted.Token);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ProjectRoot.Locate(AppContext.BaseDirectory, Directory.GetCurrentDirectory()),
});
builder.AddAdvisorConfiguration(args);
builder.Services.AddAdvice(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddBotFramework();
builder.Services.AddStorage(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSlack(builder.Configuration);

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.MapDashboard();
app.MapSlack();

await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can start the whole app in tests.</summary>
public partial class Program;
