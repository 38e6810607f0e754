using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Conversation.Understanding;

/// <summary>A typed command: every step is reachable by text too (Slack, the terminal, keyboards).</summary>
public sealed record Command(string Name, string Argument);

public static partial class Commands
{
    public const string Help = "help";
    public const string Start = "start";
    public const string Restart = "restart";
    public const string Back = "back";
    public const string Pick = "pick";
    public const string Record = "record";
    public const string History = "history";
    public const string Decision = "decision";
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Supersede = "supersede";
    public const string Revisit = "revisit";
    public const string Estimate = "estimate";
    public const string Compare = "compare";
    public const string CatalogReload = "catalog-reload";
    public const string Validate = "validate";

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = Help, ["?"] = Help, ["ヘルプ"] = Help, ["使い方"] = Help,
        ["start"] = Start, ["begin"] = Start, ["開始"] = Start, ["はじめる"] = Start,
        ["restart"] = Restart, ["reset"] = Restart, ["start over"] = Restart, ["最初から"] = Restart, ["やり直し"] = Restart,
        ["back"] = Back, ["戻る"] = Back,
        ["pick"] = Pick, ["choose"] = Pick, ["select"] = Pick, ["選択"] = Pick, ["選ぶ"] = Pick,
        ["record"] = Record, ["記録"] = Record,
        ["history"] = History, ["履歴"] = History,
        ["decision"] = Decision, ["決定"] = Decision,
        ["accept"] = Accept, ["承認"] = Accept,
        ["reject"] = Reject, ["却下"] = Reject,
        ["supersede"] = Supersede, ["置き換え"] = Supersede,
        ["revisit"] = Revisit, ["見直し"] = Revisit,
        ["estimate"] = Estimate, ["見積もり"] = Estimate, ["見積"] = Estimate,
        ["compare"] = Compare, ["比較"] = Compare,
        ["validate"] = Validate, ["検証"] = Validate,
    };

    /// <summary>The command a message starts with, if any ("pick 2", "record cheaper to serve", "compare a b").</summary>
    public static Command? Parse(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        t = t.TrimStart('/');
        if (t.Equals("catalog reload", StringComparison.OrdinalIgnoreCase) || t.Equals("カタログ再読み込み", StringComparison.Ordinal))
        {
            return new Command(CatalogReload, string.Empty);
        }

        if (t.StartsWith("start over", StringComparison.OrdinalIgnoreCase))
        {
            return new Command(Restart, t[10..].Trim());
        }

        var space = t.IndexOfAny([' ', '\u3000', '\t', '\n']);
        var word = space < 0 ? t : t[..space];
        var rest = space < 0 ? string.Empty : t[(space + 1)..].Trim();
        if (Words.TryGetValue(word, out var name))
        {
            return new Command(name, rest);
        }

        // "a vs b" is a comparison too.
        var vs = VersusPattern().Match(t);
        return vs.Success ? new Command(Compare, $"{vs.Groups["a"].Value.Trim()} {vs.Groups["b"].Value.Trim()}") : null;
    }

    [GeneratedRegex(@"^(?<a>\S+)\s+(?:vs\.?|versus)\s+(?<b>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex VersusPattern();
}
