using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace BotCompanion.Core.Settings;

/// <summary>
/// Reads every settings section before anything binds it and lists each value the configuration binder could not
/// convert, one line per key: the key, what is wrong and a good value (the property's default where it has one).
/// Values are never echoed, so a mistyped secret does not end up in a terminal or a log.
/// </summary>
public static class SettingsCheck
{
    private const int MaxDepth = 6;

    /// <summary>Every type in <paramref name="assemblies"/> with a <c>const string SectionName</c>, with that section.</summary>
    public static IReadOnlyList<(string Section, Type Type)> SectionsIn(params Assembly[] assemblies) =>
        [.. assemblies.Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsClass && !type.IsAbstract)
            .Select(type => (Field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static), Type: type))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            .Select(t => ((string)t.Field!.GetRawConstantValue()!, t.Type))
            .OrderBy(t => t.Item1, StringComparer.Ordinal)];

    /// <summary>One line per value that cannot be bound to its setting's type; empty when all can.</summary>
    public static IReadOnlyList<string> FindProblems(IConfiguration configuration, IEnumerable<(string Section, Type Type)> sections)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in sections)
        {
            WalkObject(configuration, section, type, problems, seen, depth: 0);
        }

        return problems;
    }

    private static void WalkObject(IConfiguration configuration, string path, Type type, List<string> problems, HashSet<string> seen, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var defaults = CreateDefaults(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            var key = $"{path}:{property.Name}";
            if (IsScalar(property.PropertyType))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    var example = defaults is null ? null : property.GetValue(defaults);
                    CheckValue(configuration, key, property.PropertyType, example, problems, seen);
                }
            }
            else
            {
                WalkValue(configuration, key, property.PropertyType, problems, seen, depth + 1);
            }
        }
    }

    private static void WalkValue(IConfiguration configuration, string key, Type type, List<string> problems, HashSet<string> seen, int depth)
    {
        if (ElementType(type) is { } element)
        {
            foreach (var child in configuration.GetSection(key).GetChildren())
            {
                if (IsScalar(element))
                {
                    CheckValue(configuration, child.Path, element, example: null, problems, seen);
                }
                else
                {
                    WalkValue(configuration, child.Path, element, problems, seen, depth + 1);
                }
            }
        }
        else if (type.IsClass && type.Namespace?.StartsWith("BotCompanion", StringComparison.Ordinal) == true)
        {
            WalkObject(configuration, key, type, problems, seen, depth);
        }
    }

    private static void CheckValue(IConfiguration configuration, string key, Type type, object? example, List<string> problems, HashSet<string> seen)
    {
        var value = configuration[key];
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null || target == typeof(string) || target == typeof(object) || (target != type && value.Length == 0) || !seen.Add(key))
        {
            return;
        }

        try
        {
            TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            problems.Add($"{key}: {SettingExamples.Problem(target)}; a good value: {SettingExamples.GoodValue(target, example)}");
        }
    }

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal) || target == typeof(Uri)
            || target == typeof(TimeSpan) || target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(Guid);
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var generic = (type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces()).Where(i => i.IsGenericType).ToArray();
        var dictionary = generic.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        var enumerable = generic.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is not null && typeof(IEnumerable).IsAssignableFrom(type) ? enumerable.GetGenericArguments()[0] : null;
    }

    private static object? CreateDefaults(Type type)
    {
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        try
        {
            return Activator.CreateInstance(type);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
