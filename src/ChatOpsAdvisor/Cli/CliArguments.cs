using System.Globalization;

namespace ChatOpsAdvisor.Cli;

/// <summary>A command's options: "--name value" pairs and bare "--flag"s, read with clear errors.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(flags);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new CliUsageException($"unexpected argument \"{arg}\"");
            }

            var name = arg[2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                options[name[..eq]] = name[(eq + 1)..];
            }
            else if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (e.MoveNext())
            {
                options[name] = e.Current;
            }
            else
            {
                throw new CliUsageException($"--{name} needs a value");
            }
        }
    }

    public bool Flag(string name)
    {
        return options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        return options.TryGetValue(name, out var value) ? value : null;
    }

    public double? Number(string name, double min, double max)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Trim().TrimEnd('B', 'b').TrimEnd('G', 'g');
        if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new CliUsageException($"--{name} must be a number (was \"{text}\")");
        }

        return value < min || value > max
            ? throw new CliUsageException($"--{name} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (was {text})")
            : value;
    }

    public int? Integer(string name, int min, int max)
    {
        var value = Number(name, min, max);
        if (value is null)
        {
            return null;
        }

        return value != Math.Floor(value.Value) ? throw new CliUsageException($"--{name} must be a whole number (was {Text(name)})") : (int)value;
    }

    /// <summary>Options the command does not know: almost always a typo, so say which one was meant.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var name in options.Keys.Where(k => !known.Contains(k)))
        {
            var nearest = Advice.Catalog.NameMatcher.Nearest(name, known, 1);
            throw new CliUsageException($"unknown option --{name}" + (nearest.Count > 0 ? $"; did you mean --{nearest[0]}?" : string.Empty));
        }
    }
}

/// <summary>Bad command-line input: printed as a message (never a stack trace), exit code 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException()
    {
    }

    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
