using Spectre.Console;

namespace ChatOpsAdvisor.Cli;

/// <summary>A Spectre.Console surface over any writer: colours on a real terminal, plain text elsewhere.</summary>
public static class Terminal
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var isConsole = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isConsole ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isConsole ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isConsole)
        {
            console.Profile.Width = 140;
        }

        return console;
    }

    public static string Gb(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " GB";

    /// <summary>A text bar of the share of GPU memory used: ██████░░░░ 62%.</summary>
    public static string Bar(double share, int width = 10)
    {
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * width);
        return new string('█', filled) + new string('░', width - filled) + " " + Math.Round(share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
    }
}
