using System.Reflection;

namespace BotCompanion.Core.Settings;

/// <summary>
/// Turns what options validation and the configuration binder throw at start-up into one line per problem, each
/// starting with the key to fix. Anything else is not a settings problem and is left to the caller.
/// </summary>
public static partial class SettingsFailures
{
    /// <summary>The lines for <paramref name="exception"/>, or null when it is not about settings.</summary>
    public static IReadOnlyList<string>? Describe(Exception exception)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                return [.. validation.Failures.Select(failure => Line(validation.OptionsType, failure))];
            case AggregateException aggregate when aggregate.InnerExceptions.All(e => Describe(e) is not null):
                return [.. aggregate.InnerExceptions.SelectMany(e => Describe(e)!)];
            case InvalidOperationException binding when BindingFailure().Match(binding.Message) is { Success: true } match:
                var key = match.Groups["key"].Value;
                var name = match.Groups["type"].Value;
                var type = Type.GetType(name) ?? typeof(Uri).Assembly.GetType(name);
                return [type is null ? $"{key}: cannot be read as {name}" : $"{key}: {SettingExamples.Problem(Nullable.GetUnderlyingType(type) ?? type)}; a good value: {SettingExamples.GoodValue(Nullable.GetUnderlyingType(type) ?? type, null)}"];
            default:
                return null;
        }
    }

    private static string Line(Type optionsType, string failure)
    {
        var section = optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string ?? optionsType.Name;
        var annotation = DataAnnotationFailure().Match(failure);
        var (member, message) = annotation.Success
            ? (annotation.Groups["members"].Value.Split(',', StringSplitOptions.TrimEntries)[0], annotation.Groups["error"].Value)
            : ("", failure);
        message = OneLine(message);
        if (message.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
        {
            return message;
        }

        return member.Length > 0 ? $"{section}:{member}: {message}" : $"{section}: {message}";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<members>[^']*)' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
