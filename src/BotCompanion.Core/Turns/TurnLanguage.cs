using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Turns;

/// <summary>
/// The language a turn is spoken in: the person's own choice (/language), else the tenant's setting
/// (Prompts:TenantLanguages), else the language the channel reports ("es-ES" → "es"), else the pack's first language.
/// Only a language the pack declares is ever chosen.
/// </summary>
internal sealed class TurnLanguage(IOptions<PromptsOptions> options)
{
    private readonly PromptsOptions _options = options.Value;

    public string For(PromptPack pack, IncomingMessage message, CoachingState state)
    {
        if (Spoken(pack, state.Language) is { } fixedByPerson)
        {
            return fixedByPerson;
        }

        return Automatic(pack, message, state);
    }

    /// <summary>The language without the person's own choice: the tenant's, then the channel's.</summary>
    public string Automatic(PromptPack pack, IncomingMessage message, CoachingState state)
    {
        var tenant = message.TenantId is not null && _options.TenantLanguages.TryGetValue(message.TenantId, out var configured) ? configured : null;
        return Spoken(pack, tenant) ?? Spoken(pack, FromLocale(message.Locale ?? state.Locale)) ?? pack.Languages[0];
    }

    /// <summary>The language part of a locale ("es-ES", "es_MX", "ES" → "es"); null when there is none.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var end = locale.IndexOfAny(['-', '_']);
        return (end < 0 ? locale : locale[..end]).Trim().ToLowerInvariant();
    }

    /// <summary><paramref name="language"/> as the pack spells it, when the pack speaks it.</summary>
    public static string? Spoken(PromptPack pack, string? language) =>
        language is null ? null : pack.Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
}
