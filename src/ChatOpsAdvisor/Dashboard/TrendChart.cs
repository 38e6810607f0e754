using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Storage.Decisions;
using static ChatOpsAdvisor.Dashboard.DashboardViews;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>Two small inline SVG bar charts: decisions per week (weeks start on Monday, UTC) and per use case.</summary>
internal static class TrendChart
{
    public const int Weeks = 26;
    private const int UseCaseBars = 8;

    /// <summary>The <see cref="Weeks"/> weeks that end with the week holding <paramref name="lastDay"/>.</summary>
    public static IReadOnlyList<(DateOnly Week, int Count)> PerWeek(IReadOnlyList<DayCount> perDay, DateOnly lastDay)
    {
        var lastWeek = WeekOf(lastDay);
        var first = lastWeek.AddDays(-7 * (Weeks - 1));
        var counts = new int[Weeks];
        foreach (var d in perDay)
        {
            var index = (WeekOf(d.Day).DayNumber - first.DayNumber) / 7;
            if (d.Day >= first && index < Weeks)
            {
                counts[index] += d.Count;
            }
        }

        return [.. counts.Select((c, i) => (first.AddDays(7 * i), c))];
    }

    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static string WeeklySvg(IReadOnlyList<(DateOnly Week, int Count)> weeks)
    {
        const int Bar = 20, Gap = 4, Height = 100, Top = 16, Bottom = 18;
        var max = Math.Max(1, weeks.Max(w => w.Count));
        var width = weeks.Count * (Bar + Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"Decisions per week\" width=\"{width}\" height=\"{Top + Height + Bottom}\" viewBox=\"0 0 {width} {Top + Height + Bottom}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"11\" font-size=\"11\" fill=\"#57606a\">max {max} per week</text>");
        for (var i = 0; i < weeks.Count; i++)
        {
            var (week, count) = weeks[i];
            var h = count == 0 ? 1 : Math.Max(2, count * Height / max);
            var label = $"Week of {week:yyyy-MM-dd}: {count}";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{i * (Bar + Gap)}\" y=\"{Top + Height - h}\" width=\"{Bar}\" height=\"{h}\" fill=\"{(count == 0 ? "#d0d7de" : "#0969da")}\"><title>{E(label)}</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Top + Height + 14}\" font-size=\"11\" fill=\"#57606a\">{weeks[0].Week:yyyy-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width}\" y=\"{Top + Height + 14}\" font-size=\"11\" fill=\"#57606a\" text-anchor=\"end\">{weeks[^1].Week:yyyy-MM-dd}</text>");
        return svg.Append("</svg>").ToString();
    }

    public static string UseCaseSvg(IReadOnlyList<UseCaseCount> perUseCase)
    {
        const int Row = 20, LabelWidth = 170, BarWidth = 220, Width = LabelWidth + BarWidth + 50;
        var rows = perUseCase.Take(UseCaseBars).Select(u => (u.UseCase, u.Count)).ToList();
        var rest = perUseCase.Skip(UseCaseBars).Sum(u => u.Count);
        if (rest > 0)
        {
            rows.Add(("(other)", rest));
        }

        var max = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var height = Math.Max(1, rows.Count) * Row;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"Decisions by use case\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (useCase, count) = rows[i];
            var y = i * Row;
            var w = Math.Max(2, count * BarWidth / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{E(Clip(useCase, 26))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{w}\" height=\"{Row - 6}\" fill=\"#8250df\"><title>{E($"{useCase}: {count}")}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6}\" y=\"{y + 14}\" font-size=\"12\">{count}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Clip(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1;
        return text[..cut] + "…";
    }
}
