using System.Text;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// User text inside Markdown: every character that could start markup (emphasis, links, HTML,
/// headings, tables, code) is backslash-escaped or written as an entity, and line breaks become
/// spaces, so a rationale can neither inject a link nor break out of its table cell or list item.
/// </summary>
internal static class MarkdownText
{
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    s.Append("&lt;");
                    break;
                case '>':
                    s.Append("&gt;");
                    break;
                case '&':
                    s.Append("&amp;");
                    break;
                case '\r' or '\n':
                    s.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~' or '{' or '}' or '+' or '-' or '.' when NeedsEscape(c, s):
                    s.Append('\\').Append(c);
                    break;
                default:
                    s.Append(c);
                    break;
            }
        }

        return s.ToString();
    }

    /// <summary>Several lines of user text as a blockquote, each line escaped.</summary>
    public static string Quote(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => "> " + Inline(line)));

    // '+', '-' and '.' only start markup at the beginning of a line (lists); elsewhere they stay as written,
    // so model names such as Llama-3.1-8B read normally.
    private static bool NeedsEscape(char c, StringBuilder written) => c is not ('+' or '-' or '.') || written.Length == 0;
}
