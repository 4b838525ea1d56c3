using System.Text.RegularExpressions;

namespace BotCompanion.Core.Commitments;

public sealed record DueDateMatch(DateTimeOffset Due, bool HasTime, int Start, int Length);

/// <summary>Interim parser: weekdays only.</summary>
public static partial class DueDateParser
{
    public static DueDateMatch? Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var m = Day().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var target = Enum.Parse<DayOfWeek>(m.Groups["d"].Value, true);
        var days = ((int)target - (int)local.DayOfWeek + 7) % 7;
        days = days == 0 ? 7 : days;
        var date = local.Date.AddDays(days).AddHours(m.Groups["t"].Success ? int.Parse(m.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture) : 17);
        return new DueDateMatch(new DateTimeOffset(date, zone.GetUtcOffset(date)), m.Groups["t"].Success, m.Index, m.Length);
    }

    [GeneratedRegex(@"\s*\b(by|on|next)?\s*(?<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\s+(?<t>\d{1,2})\s*am)?", RegexOptions.IgnoreCase)]
    private static partial Regex Day();
}
