using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Conversation.Understanding;

/// <summary>
/// Reads hardware, workload, context, precision, use case and licence needs from free text in
/// English or Japanese: "24GB", "2x RTX 4090", "A100 80GB", "one H100", "24ギガのGPU",
/// "customer support bot", "コードアシスタント", "qlora, 32k context, commercial".
/// </summary>
public sealed partial class TextParser(ModelCatalog catalog)
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["a"] = 1, ["single"] = 1, ["two"] = 2, ["dual"] = 2, ["three"] = 3, ["four"] = 4, ["quad"] = 4,
        ["six"] = 6, ["eight"] = 8, ["一"] = 1, ["二"] = 2, ["三"] = 3, ["四"] = 4, ["八"] = 8,
    };

    private readonly Lazy<IReadOnlyList<(Regex Pattern, string FirstPiece, Gpu Gpu, int Length)>> gpuPatterns = new(() => GpuPatterns(catalog));
    private readonly Lazy<IReadOnlyList<(string Alias, UseCase UseCase)>> useCaseAliases = new(() => UseCaseAliases(catalog));

    public ParsedText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = NameMatcher.FoldWidth(text).ToLowerInvariant();
        var (gpu, gpuMatch) = FindGpu(t);
        var memory = Memory(t);
        var count = Count(t, gpuMatch);
        return new ParsedText(memory, count, gpu?.Id, Workload(t), Context(t), Precision(t), FindUseCase(t), Commercial(t));
    }

    private (Gpu? Gpu, Match? Match) FindGpu(string t)
    {
        foreach (var (pattern, firstPiece, gpu, _) in gpuPatterns.Value)
        {
            // The alias's first run of letters and digits must be in the text for its pattern to match: a plain
            // search rules most aliases out before their pattern runs.
            if (!t.Contains(firstPiece, StringComparison.Ordinal))
            {
                continue;
            }

            var m = pattern.Match(t);
            if (m.Success)
            {
                return (gpu, m);
            }
        }

        return (null, null);
    }

    private static double? Memory(string t)
    {
        var m = MemoryPattern().Match(t);
        return m.Success && double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var gb) ? gb : null;
    }

    private static int? Count(string t, Match? gpuMatch)
    {
        var m = CountBeforePattern().Match(t);
        if (m.Success)
        {
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        m = CountAfterPattern().Match(t);
        if (m.Success)
        {
            return ParseCount(m.Groups["n"].Value);
        }

        // "one H100", "two 4090s": a number word right before the GPU's name.
        if (gpuMatch is not null)
        {
            var before = t[..gpuMatch.Index].TrimEnd();
            var word = WordBeforePattern().Match(before);
            if (word.Success && ParseCount(word.Groups["w"].Value) is { } n)
            {
                return n;
            }
        }

        return null;
    }

    private static int? ParseCount(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : NumberWords.TryGetValue(value, out var w) ? w
        : null;

    private static string? Workload(string t) =>
        QloraPattern().IsMatch(t) ? Workloads.QloraId
        : FullPattern().IsMatch(t) ? Workloads.FullId
        : LoraPattern().IsMatch(t) ? Workloads.LoraId
        : InferencePattern().IsMatch(t) ? Workloads.InferenceId
        : null;

    private static int? Context(string t)
    {
        var k = ContextKPattern().Match(t);
        if (k.Success)
        {
            return int.Parse(k.Groups["n"].Value, CultureInfo.InvariantCulture) * 1024;
        }

        var tokens = ContextTokensPattern().Match(t);
        return tokens.Success ? int.Parse(tokens.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? Precision(string t)
    {
        var m = PrecisionPattern().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var p = m.Groups["p"].Value.Replace('-', '_');
        return p switch
        {
            "4bit" or "4_bit" or "gguf" or "q4" => Precisions.GgufQ4KM.Id,
            "8bit" or "8_bit" => Precisions.Int8.Id,
            "awq" or "gptq" => Precisions.Int4.Id,
            _ => Precisions.Find(p)?.Id,
        };
    }

    private string? FindUseCase(string t)
    {
        foreach (var (alias, useCase) in useCaseAliases.Value)
        {
            var at = t.IndexOf(alias, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // ASCII aliases must stand as words ("dev" is not in "device"); Japanese has no spaces to check.
            var ascii = alias[0] < 128;
            var startsWord = !ascii || at == 0 || !char.IsLetterOrDigit(t[at - 1]);
            var endsWord = !ascii || at + alias.Length == t.Length || !char.IsLetterOrDigit(t[at + alias.Length]);
            if (startsWord && endsWord)
            {
                return useCase.Id;
            }
        }

        return null;
    }

    private static bool? Commercial(string t) =>
        NonCommercialPattern().IsMatch(t) ? false
        : CommercialPattern().IsMatch(t) ? true
        : null;

    /// <summary>One pattern per GPU alias, longest first, tolerant of spaces and hyphens: "rtx 4090" matches "RTX-4090" and "rtx4090".</summary>
    private static IReadOnlyList<(Regex, string, Gpu, int)> GpuPatterns(ModelCatalog catalog) =>
        catalog.Gpus
            .SelectMany(g => g.Aliases.Append(g.Name).Append(g.Id).Select(a => (Alias: a.ToLowerInvariant(), Gpu: g)))
            .Select(x => (Pieces: AlnumPieces().Matches(x.Alias).Select(m => m.Value).ToList(), x.Gpu, x.Alias.Length))
            .Where(x => x.Pieces.Count > 0)
            .Select(x => (new Regex("(?<![a-z0-9])" + string.Join(@"[\s\-_]*", x.Pieces.Select(Regex.Escape)) + "s?(?![a-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)), x.Pieces[0], x.Gpu, x.Length))
            .OrderByDescending(x => x.Length)
            .ToList();

    private static IReadOnlyList<(string, UseCase)> UseCaseAliases(ModelCatalog catalog) =>
        catalog.UseCases
            .SelectMany(u => u.Aliases.Append(u.Name.En).Append(u.Name.Ja).Append(u.Id).Select(a => (a.ToLowerInvariant(), u)))
            .Where(x => x.Item1.Length > 1)
            .OrderByDescending(x => x.Item1.Length)
            .ToList();

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex AlnumPieces();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,7}(?:\.\d+)?)\s*(?:gb|gib|g|ギガバイト|ギガ|ｇｂ)(?![a-z])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex MemoryPattern();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3})\s*(?:x|×|\*)\s*(?=[a-z0-9])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex CountBeforePattern();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3}|[一二三四八])\s*(?:gpus?|cards?|枚|台|基)(?![a-z])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex CountAfterPattern();

    [GeneratedRegex(@"(?<w>one|a|single|two|dual|three|four|quad|six|eight|\d{1,3})$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex WordBeforePattern();

    [GeneratedRegex(@"\bq-?lora\b|qlora", RegexOptions.CultureInvariant, 200)]
    private static partial Regex QloraPattern();

    [GeneratedRegex(@"full[\s\-]*(?:fine[\s\-]*tun|finetun|ft\b)|フル\s*ファイン|全パラメータ", RegexOptions.CultureInvariant, 200)]
    private static partial Regex FullPattern();

    [GeneratedRegex(@"\blora\b|fine[\s\-]*tun|finetun|ファインチューニング|微調整", RegexOptions.CultureInvariant, 200)]
    private static partial Regex LoraPattern();

    [GeneratedRegex(@"\binference\b|\bserv(?:e|ing)\b|\bdeploy|\bhosting\b|推論|デプロイ", RegexOptions.CultureInvariant, 200)]
    private static partial Regex InferencePattern();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,4})\s*k\b(?!\s*(?:gb|g\b))", RegexOptions.CultureInvariant, 200)]
    private static partial Regex ContextKPattern();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{3,7})\s*(?:tokens?|トークン|ctx|context)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex ContextTokensPattern();

    [GeneratedRegex(@"(?<![a-z0-9])(?<p>bf16|fp16|fp32|fp8|int8|int4|nf4|awq|gptq|q8_0|q6_k|q5_k_m|q4_k_m|q2_k|q4|gguf|4-?bit|8-?bit)(?![a-z0-9])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PrecisionPattern();

    [GeneratedRegex(@"non[\s\-]*commercial|research only|研究用|非商用", RegexOptions.CultureInvariant, 200)]
    private static partial Regex NonCommercialPattern();

    [GeneratedRegex(@"\bcommercial|\bbusiness\b|商用|商業", RegexOptions.CultureInvariant, 200)]
    private static partial Regex CommercialPattern();
}
