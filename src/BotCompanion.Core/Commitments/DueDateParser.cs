namespace BotCompanion.Core.Commitments;

/// <summary>
/// Finds a due date in everyday English ("by Thursday", "next Monday 9am", "end of month", "in two weeks",
/// "on the 3rd", "Dec 5", "tomorrow afternoon") and resolves it in the person's time zone, DST included.
/// Choices: a bare weekday is its next occurrence after today; "next Monday" is the Monday of next week; a day
/// with no time means the end of the working day, 17:00; morning 9:00, afternoon 14:00, evening 19:00, tonight 20:00.
/// </summary>
public static partial class DueDateParser
{
    private static readonly TimeOnly EndOfWorkingDay = new(17, 0);
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static DueDateMatch? Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var date = FindDate(text, today, local);
        var time = FindTime(text);
        if (date is null && time is null)
        {
            // Nothing in English: the same kinds of date in Spanish ("el viernes", "la próxima semana").
            return SpanishDueDates.Parse(text, now, zone);
        }

        var day = date?.Day ?? today;
        var at = time?.Time ?? date?.DefaultTime ?? EndOfWorkingDay;
        if (date is null && day.ToDateTime(at) <= local.DateTime)
        {
            day = day.AddDays(1); // "at 3pm" when it is already 16:00 means tomorrow.
        }

        var start = Math.Min(date?.Start ?? int.MaxValue, time?.Start ?? int.MaxValue);
        var end = Math.Max(date is null ? 0 : date.Start + date.Length, time is null ? 0 : time.Start + time.Length);
        return new DueDateMatch(Moment(day, at, zone), time is not null || date?.DefaultTime is not null, start, end - start);
    }

    /// <summary>A wall-clock time in a zone: a time skipped by DST moves forward an hour; a repeated one takes its first (daylight) occurrence.</summary>
    public static DateTimeOffset Moment(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private sealed record DatePart(DateOnly Day, int Start, int Length, TimeOnly? DefaultTime = null);

    private sealed record TimePart(TimeOnly Time, int Start, int Length);

    private static DatePart? FindDate(string text, DateOnly today, DateTimeOffset local)
    {
        if (Iso().Match(text) is { Success: true } iso && DateOnly.TryParseExact(iso.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDay))
        {
            return new DatePart(isoDay, iso.Index, iso.Length);
        }

        if (Relative().Match(text) is { Success: true } rel)
        {
            var word = rel.Groups["w"].Value.ToLowerInvariant();
            var part = rel.Groups["p"].Value.ToLowerInvariant();
            TimeOnly? partTime = part switch { "morning" => new(9, 0), "afternoon" => new(14, 0), "evening" or "night" => new(19, 0), _ => null };
            return word switch
            {
                "tonight" => new DatePart(today, rel.Index, rel.Length, new TimeOnly(20, 0)),
                "tomorrow" => new DatePart(today.AddDays(1), rel.Index, rel.Length, partTime),
                "today" or "this" => new DatePart(today, rel.Index, rel.Length, partTime),
                _ => new DatePart(today, rel.Index, rel.Length, partTime),
            };
        }

        if (EndOfNamedMonth().Match(text) is { Success: true } endOfMonth && ParseMonth(endOfMonth.Groups["m"].Value) is { } named)
        {
            var last = LastOfMonth(new DateOnly(today.Year, named, 1));
            return new DatePart(last < today ? LastOfMonth(new DateOnly(today.Year + 1, named, 1)) : last, endOfMonth.Index, endOfMonth.Length);
        }

        if (EndOf().Match(text) is { Success: true } end)
        {
            var next = end.Groups["next"].Success;
            var day = end.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "day" => today,
                "week" => StartOfWeek(today).AddDays(next ? 11 : 4),
                "month" => LastOfMonth(next ? today.AddMonths(1) : today),
                _ => new DateOnly(today.Year + (next ? 1 : 0), 12, 31),
            };
            if (!next && day == today && TimeOnly.FromDateTime(local.DateTime) >= EndOfWorkingDay && end.Groups["unit"].Value.Equals("month", StringComparison.OrdinalIgnoreCase))
            {
                day = LastOfMonth(today.AddMonths(1));
            }

            return new DatePart(day, end.Index, end.Length);
        }

        if (Span().Match(text) is { Success: true } span)
        {
            var n = Number(span.Groups["n"].Value);
            var unit = span.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
            return unit switch
            {
                "day" => new DatePart(today.AddDays(n), span.Index, span.Length),
                "week" => new DatePart(today.AddDays(7 * n), span.Index, span.Length),
                "month" => new DatePart(today.AddMonths(n), span.Index, span.Length),
                _ => null,
            };
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var target = ParseWeekday(weekday.Groups["d"].Value);
            var day = weekday.Groups["next"].Success
                ? StartOfWeek(today).AddDays(7 + ((int)target + 6) % 7)
                : today.AddDays(((int)target - (int)today.DayOfWeek + 6) % 7 + 1);
            return new DatePart(day, weekday.Index, weekday.Length);
        }

        if (NextPeriod().Match(text) is { Success: true } period)
        {
            return period.Groups["u"].Value.ToLowerInvariant() switch
            {
                "week" => new DatePart(StartOfWeek(today).AddDays(7), period.Index, period.Length, new TimeOnly(9, 0)),
                "weekend" => new DatePart(StartOfWeek(today).AddDays(5), period.Index, period.Length, new TimeOnly(10, 0)),
                _ => new DatePart(new DateOnly(today.Year, today.Month, 1).AddMonths(1), period.Index, period.Length, new TimeOnly(9, 0)),
            };
        }

        if (MonthDay().Match(text) is { Success: true } md)
        {
            var month = ParseMonth(md.Groups["m1"].Success ? md.Groups["m1"].Value : md.Groups["m2"].Value);
            var dom = int.Parse(md.Groups["d1"].Success ? md.Groups["d1"].Value : md.Groups["d2"].Value, CultureInfo.InvariantCulture);
            if (month is null || dom is < 1 or > 31)
            {
                return null;
            }

            var year = today.Year;
            var candidate = SafeDate(year, month.Value, dom);
            if (candidate < today)
            {
                candidate = SafeDate(year + 1, month.Value, dom);
            }

            return new DatePart(candidate, md.Index, md.Length);
        }

        if (DayOfMonth().Match(text) is { Success: true } th)
        {
            var dom = int.Parse(th.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (dom is < 1 or > 31)
            {
                return null;
            }

            var candidate = SafeDate(today.Year, today.Month, dom);
            if (candidate < today)
            {
                var next = today.AddMonths(1);
                candidate = SafeDate(next.Year, next.Month, dom);
            }

            return new DatePart(candidate, th.Index, th.Length);
        }

        return null;
    }

    private static TimePart? FindTime(string text)
    {
        if (Clock().Match(text) is not { Success: true } m)
        {
            return null;
        }

        if (m.Groups["word"].Success)
        {
            var word = m.Groups["word"].Value.ToLowerInvariant();
            return new TimePart(word == "midnight" ? new TimeOnly(23, 59) : new TimeOnly(12, 0), m.Index, m.Length);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ampm"].Value.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);
        if (meridiem == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == "am" && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimePart(new TimeOnly(hour, minute), m.Index, m.Length) : null;
    }

    internal static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    internal static DateOnly LastOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

    internal static DateOnly SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static int Number(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : value.Equals("a", StringComparison.OrdinalIgnoreCase) || value.Equals("an", StringComparison.OrdinalIgnoreCase) ? 1 : Array.IndexOf(Numbers, value.ToLowerInvariant());

    private static DayOfWeek ParseWeekday(string value) =>
        Enum.GetValues<DayOfWeek>().First(d => d.ToString().StartsWith(value[..3], StringComparison.OrdinalIgnoreCase));

    private static int? ParseMonth(string value)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (names[i].StartsWith(value[..3], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b((by|on|before)\s+)?(?<d>\d{4}-\d{2}-\d{2})\b", Options)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b((by|before|until)\s+)?(?<w>tonight|tomorrow|today|this)(\s+(?<p>morning|afternoon|evening|night))?\b(?(p)|(?<!\bthis))", Options)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b((by|before|until|at)\s+)?(the\s+)?end\s+of\s+(the\s+)?(?<next>next\s+)?(?<unit>day|week|month|year)\b|\b(by\s+)?(eod|cob)\b", Options)]
    private static partial Regex EndOf();

    [GeneratedRegex(@"\b((by|before|until|at)\s+)?(the\s+)?end\s+of\s+(?<m>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b", Options)]
    private static partial Regex EndOfNamedMonth();

    [GeneratedRegex(@"\b(with)?in\s+(?<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<u>days?|weeks?|months?)(\s+time)?\b", Options)]
    private static partial Regex Span();

    [GeneratedRegex(@"\b((by|on|before|until|this|coming)\s+)?(?<next>next\s+)?(?<d>mon(day)?|tue(s|sday)?|wednesday|thu(rs|rsday)?|fri(day)?|saturday|sunday)\b", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b((by|in|during|over)\s+)?(next|this|the)\s+(?<u>week|weekend|month)\b", Options)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\b((by|on|before)\s+)?((?<m1>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+(?<d1>\d{1,2})(st|nd|rd|th)?|(the\s+)?(?<d2>\d{1,2})(st|nd|rd|th)?(\s+of)?\s+(?<m2>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?))\b", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b((by|on|before)\s+)?the\s+(?<d>\d{1,2})(st|nd|rd|th)\b", Options)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"\b(at\s+|by\s+)?((?<h>\d{1,2})(:(?<min>\d{2}))?\s*(?<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)\b|(?<word>noon|midday|midnight)\b)", Options)]
    private static partial Regex Clock();
}
