namespace BotCompanion.Core.Tests.Support;

/// <summary>The tests' "now", Tuesday 24 November 2026 at 10:00 UTC (10:00 in London, 11:00 in Madrid), and their zones.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    public static DateTimeOffset InLondon(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, London);
}
