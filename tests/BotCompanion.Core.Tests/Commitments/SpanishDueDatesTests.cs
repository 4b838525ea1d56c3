using System.Globalization;
using BotCompanion.Core.Commitments;
using static BotCompanion.Core.Tests.Support.TestClock;

namespace BotCompanion.Core.Tests.Commitments;

public class SpanishDueDatesTests
{
    [Theory]
    [InlineData("Hablaré con Ana el viernes", "2026-11-27 17:00", false)]
    [InlineData("para mañana", "2026-11-25 17:00", false)]
    [InlineData("mañana por la tarde", "2026-11-25 14:00", true)]
    [InlineData("hoy", "2026-11-24 17:00", false)]
    [InlineData("el próximo lunes", "2026-11-30 17:00", false)]
    [InlineData("el lunes que viene", "2026-11-30 17:00", false)]
    [InlineData("la próxima semana", "2026-11-30 09:00", true)]
    [InlineData("la semana que viene", "2026-11-30 09:00", true)]
    [InlineData("el 15 de enero", "2027-01-15 17:00", false)]
    [InlineData("antes del 3 de diciembre", "2026-12-03 17:00", false)]
    [InlineData("el 15", "2026-12-15 17:00", false)]
    [InlineData("a final de mes", "2026-11-30 17:00", false)]
    [InlineData("en dos semanas", "2026-12-08 17:00", false)]
    [InlineData("dentro de 3 días", "2026-11-27 17:00", false)]
    [InlineData("el miércoles a las 9", "2026-11-25 09:00", true)]
    [InlineData("el jueves a las 4 de la tarde", "2026-11-26 16:00", true)]
    public void ASpanishDate_ResolvesInTheLocalZone(string text, string expectedLocal, bool hasTime)
    {
        var match = DueDateParser.Parse(text, Now, Madrid);

        Assert.NotNull(match);
        Assert.Equal(expectedLocal, TimeZoneInfo.ConvertTime(match.Due, Madrid).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, match.HasTime);
    }

    [Theory]
    [InlineData("Lo preparo por la mañana con calma")]
    [InlineData("Tengo 15 personas en el equipo")]
    public void SpanishWordsThatAreNotADate_AreNotReadAsOne(string text) =>
        Assert.Null(DueDateParser.Parse(text, Now, Madrid));

    [Fact]
    public void ASpanishDate_IsWrittenInSpanish()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal("el viernes 27 de noviembre", DueDateFormatter.Format(friday, false, Now, Madrid, "es"));
        Assert.Equal("mañana a las 9:00", DueDateFormatter.Format(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1)), true, Now, Madrid, "es"));
        Assert.Equal("hoy", DueDateFormatter.Format(Now, false, Now, Madrid, "es"));
        Assert.Equal("el viernes 15 de enero de 2027", DueDateFormatter.Format(new DateTimeOffset(2027, 1, 15, 17, 0, 0, TimeSpan.FromHours(1)), false, Now, Madrid, "es"));
    }
}
