namespace BotCompanion.Core.Settings;

/// <summary>What a value of each settings type must look like, said for someone editing a file or an environment variable.</summary>
internal static class SettingExamples
{
    public static string Problem(Type type) => type switch
    {
        _ when type == typeof(Uri) => "not a valid URL",
        _ when type == typeof(TimeSpan) => "not a time span (days.hours:minutes:seconds)",
        _ when type == typeof(bool) => "neither true nor false",
        _ when type.IsEnum => $"not one of {string.Join(", ", Enum.GetNames(type))}",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) => "not a whole number (or out of range)",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "not a number",
        _ => $"not readable as {type.Name}",
    };

    public static string GoodValue(Type type, object? example)
    {
        if (example is not null && Format(example) is { Length: > 0 } formatted)
        {
            return formatted;
        }

        return type switch
        {
            _ when type == typeof(Uri) => "https://bot.example.com/",
            _ when type == typeof(TimeSpan) => "00:05:00",
            _ when type == typeof(bool) => "true",
            _ when type.IsEnum => Enum.GetNames(type).FirstOrDefault() ?? "",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "0.5",
            _ => "3",
        };
    }

    private static string Format(object value) => value switch
    {
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Uri uri => uri.OriginalString,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
