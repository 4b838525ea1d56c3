namespace BotCompanion.Core.Commitments;

/// <summary>
/// Due dates in everyday Spanish, beside the English ones of <see cref="DueDateParser"/>: "hoy", "mañana (por la
/// tarde)", "el viernes", "el próximo lunes", "la próxima semana", "a final de mes", "en dos semanas",
/// "el 15 de enero", "el 15", "a las 9", "a las 15:30". The same choices as in English: a bare weekday is its next
/// occurrence after today, "el próximo lunes" the Monday of next week, a day with no time 17:00.
/// </summary>
internal static partial class SpanishDueDates
{
    private static readonly TimeOnly EndOfWorkingDay = new(17, 0);
    private static readonly string[] Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] Days = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
    private static readonly string[] Numbers = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"];

    public static DueDateMatch? Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var date = FindDate(text, today);
        var time = FindTime(text);
        if (date is null && time is null)
        {
            return null;
        }

        var day = date?.Day ?? today;
        var at = time?.Time ?? date?.DefaultTime ?? EndOfWorkingDay;
        if (date is null && day.ToDateTime(at) <= local.DateTime)
        {
            day = day.AddDays(1);
        }

        var start = Math.Min(date?.Start ?? int.MaxValue, time?.Start ?? int.MaxValue);
        var end = Math.Max(date is null ? 0 : date.Start + date.Length, time is null ? 0 : time.Start + time.Length);
        return new DueDateMatch(DueDateParser.Moment(day, at, zone), time is not null || date?.DefaultTime is not null, start, end - start);
    }

    /// <summary>"hoy", "mañana", "viernes 26 de noviembre": a due day as a Spanish speaker writes it after "para".</summary>
    public static string Format(DateTimeOffset due, bool hasTime, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        var dayText = day == today ? "hoy"
            : day == today.AddDays(1) ? "mañana"
            : $"el {Days[(int)day.DayOfWeek]} {day.Day} de {Months[day.Month - 1]}" + (day.Year == today.Year ? "" : $" de {day.Year}");
        return hasTime ? $"{dayText} a las {local.ToString("H:mm", CultureInfo.InvariantCulture)}" : dayText;
    }

    private sealed record DatePart(DateOnly Day, int Start, int Length, TimeOnly? DefaultTime = null);

    private sealed record TimePart(TimeOnly Time, int Start, int Length);

    private static DatePart? FindDate(string text, DateOnly today)
    {
        if (Relative().Match(text) is { Success: true } rel)
        {
            TimeOnly? part = rel.Groups["p"].Value.ToLowerInvariant() switch { "mañana" => new(9, 0), "tarde" => new(14, 0), "noche" => new(19, 0), _ => null };
            var word = rel.Groups["w"].Value.ToLowerInvariant();
            return new DatePart(word is "mañana" ? today.AddDays(1) : word is "pasado mañana" ? today.AddDays(2) : today, rel.Index, rel.Length, part ?? (word is "esta tarde" ? new(14, 0) : word is "esta noche" ? new(20, 0) : null));
        }

        if (EndOf().Match(text) is { Success: true } end)
        {
            var next = end.Groups["next"].Success;
            var day = end.Groups["u"].Value.ToLowerInvariant() switch
            {
                "semana" => DueDateParser.StartOfWeek(today).AddDays(next ? 11 : 4),
                "mes" => DueDateParser.LastOfMonth(next ? today.AddMonths(1) : today),
                _ => new DateOnly(today.Year + (next ? 1 : 0), 12, 31),
            };
            return new DatePart(day, end.Index, end.Length);
        }

        if (Span().Match(text) is { Success: true } span)
        {
            var n = int.TryParse(span.Groups["n"].Value, CultureInfo.InvariantCulture, out var digits) ? digits : Math.Max(1, Array.IndexOf(Numbers, span.Groups["n"].Value.ToLowerInvariant().TrimEnd('a', 'o')));
            return span.Groups["u"].Value.ToLowerInvariant()[0] switch
            {
                'd' => new DatePart(today.AddDays(n), span.Index, span.Length),
                's' => new DatePart(today.AddDays(7 * n), span.Index, span.Length),
                _ => new DatePart(today.AddMonths(n), span.Index, span.Length),
            };
        }

        if (MonthDay().Match(text) is { Success: true } md)
        {
            var month = Array.FindIndex(Months, m => m.StartsWith(md.Groups["m"].Value[..3].ToLowerInvariant(), StringComparison.Ordinal)) + 1;
            var dom = int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month == 0 || dom is < 1 or > 31)
            {
                return null;
            }

            var candidate = DueDateParser.SafeDate(today.Year, month, dom);
            return new DatePart(candidate < today ? DueDateParser.SafeDate(today.Year + 1, month, dom) : candidate, md.Index, md.Length);
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var target = (DayOfWeek)Array.FindIndex(Days, d => Plain(d) == Plain(weekday.Groups["d"].Value.ToLowerInvariant()));
            var day = weekday.Groups["next"].Success || weekday.Groups["coming"].Success
                ? DueDateParser.StartOfWeek(today).AddDays(7 + ((int)target + 6) % 7)
                : today.AddDays(((int)target - (int)today.DayOfWeek + 6) % 7 + 1);
            return new DatePart(day, weekday.Index, weekday.Length);
        }

        if (NextPeriod().Match(text) is { Success: true } period)
        {
            return period.Groups["u"].Value.ToLowerInvariant() switch
            {
                "semana" => new DatePart(DueDateParser.StartOfWeek(today).AddDays(7), period.Index, period.Length, new TimeOnly(9, 0)),
                "fin de semana" => new DatePart(DueDateParser.StartOfWeek(today).AddDays(5), period.Index, period.Length, new TimeOnly(10, 0)),
                _ => new DatePart(new DateOnly(today.Year, today.Month, 1).AddMonths(1), period.Index, period.Length, new TimeOnly(9, 0)),
            };
        }

        if (DayOfMonth().Match(text) is { Success: true } th)
        {
            var dom = int.Parse(th.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (dom is < 1 or > 31)
            {
                return null;
            }

            var candidate = DueDateParser.SafeDate(today.Year, today.Month, dom);
            var next = today.AddMonths(1);
            return new DatePart(candidate < today ? DueDateParser.SafeDate(next.Year, next.Month, dom) : candidate, th.Index, th.Length);
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
            return new TimePart(m.Groups["word"].Value.Equals("medianoche", StringComparison.OrdinalIgnoreCase) ? new TimeOnly(23, 59) : new TimeOnly(12, 0), m.Index, m.Length);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["pm"].Success && hour < 12)
        {
            hour += 12;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimePart(new TimeOnly(hour, minute), m.Index, m.Length) : null;
    }

    private static string Plain(string word) => word.Replace('é', 'e').Replace('á', 'a');


    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // "mañana" is tomorrow unless it is "la mañana" / "por la mañana" (the morning).
    [GeneratedRegex(@"(?<!\p{L})((para|antes\s+de|hasta)\s+)?(?<w>pasado\s+mañana|(?<!\b(la|esta)\s)mañana|hoy|esta\s+tarde|esta\s+noche)(\s+por\s+la\s+(?<p>mañana|tarde|noche))?(?!\p{L})", Options)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b((para|antes\s+de|hasta)\s+)?(a\s+|al\s+)?(el\s+)?(final(es)?|fin)\s+de(l)?\s+(la\s+|este\s+|esta\s+)?(?<u>semana|mes|año)(?<next>\s+(que\s+viene|próxim[oa]))?(?!\p{L})", Options)]
    private static partial Regex EndOf();

    [GeneratedRegex(@"\b(en|dentro\s+de)\s+(?<n>\d{1,3}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+(?<u>días?|semanas?|mes(es)?)(?!\p{L})", Options)]
    private static partial Regex Span();

    [GeneratedRegex(@"\b((para|antes\s+del?|hasta)\s+)?(el\s+)?(?<d>\d{1,2})\s+de\s+(?<m>ene(ro)?|feb(rero)?|mar(zo)?|abr(il)?|may(o)?|jun(io)?|jul(io)?|ago(sto)?|sep(t(iembre)?)?|oct(ubre)?|nov(iembre)?|dic(iembre)?)(?!\p{L})", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b((para|antes\s+del?|hasta)\s+)?(el\s+|este\s+)?(?<next>próximo\s+)?(?<d>lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)(?<coming>\s+que\s+viene)?(?!\p{L})", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b((para|durante|en)\s+)?((la|el)\s+(próxim[oa]\s+)?(?<u>semana|fin\s+de\s+semana|mes)\s+que\s+viene|(la|el)\s+próxim[oa]\s+(?<u>semana|fin\s+de\s+semana|mes)|(este|esta)\s+(?<u>semana|fin\s+de\s+semana))(?!\p{L})", Options)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\b((para|antes\s+del?|hasta)\s+)?el\s+(día\s+)?(?<d>\d{1,2})(?!\s*(:|h\b|\d|%|\p{L}))", Options)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"\b(a|hacia|antes\s+de)\s+las?\s+(?<h>\d{1,2})(:(?<min>\d{2}))?(\s*h)?(\s+de\s+la\s+(?<pm>tarde|noche)|\s+de\s+la\s+mañana)?(?!\p{L})|\b(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)\b|\b(al\s+|a\s+)?(?<word>mediodía|medianoche)(?!\p{L})", Options)]
    private static partial Regex Clock();
}
