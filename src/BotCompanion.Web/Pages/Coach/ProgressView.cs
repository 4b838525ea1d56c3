using System.Globalization;
using System.Net;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Web.Pages.Coach;

/// <summary>
/// The progress figures an executive shares, as the coach's page draws them: a server-rendered SVG bar chart of the
/// last <see cref="MonthsShown"/> months (no script), the same figures as a table, and the ratings with CSS bars.
/// </summary>
public sealed record ProgressView(ProgressFigures? Figures, PackLabels Labels)
{
    public const int MonthsShown = 12;

    public const int BarWidth = 14;

    public const int GroupWidth = (4 * BarWidth) + 20;

    public const int PlotHeight = 110;

    public const int Left = 28;

    public IReadOnlyList<MonthFigures> Months => Figures is null ? [] : [.. Figures.Months.TakeLast(MonthsShown)];

    public int ChartWidth => Left + Math.Max(1, Months.Count) * GroupWidth;

    /// <summary>The four series of the chart, in order: label key, CSS class, the month's count.</summary>
    public static IReadOnlyList<(string Label, string Css, Func<MonthFigures, int> Count)> Series { get; } =
    [
        ("portalProgressMade", "made", m => m.Made),
        ("portalProgressKept", "kept", m => m.Kept),
        ("portalProgressPartly", "partly", m => m.Partly),
        ("portalProgressDropped", "dropped", m => m.Dropped),
    ];

    public double BarHeight(int count) => Figures is null ? 0 : Math.Round((double)count / Figures.LargestMonthCount * PlotHeight, 1);

    /// <summary>An SVG text element (Razor keeps the name <c>text</c> for itself), its content encoded.</summary>
    public static string SvgText(int x, int y, string css, string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" class=\"{css}\">{WebUtility.HtmlEncode(content)}</text>");

    /// <summary>A rating as a share of its scale, for the width of its CSS bar.</summary>
    public static int Percent(int score, int max) => Math.Clamp(score * 100 / max, 0, 100);
}
