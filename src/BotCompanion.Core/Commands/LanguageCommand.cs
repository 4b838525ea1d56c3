using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Commands;

/// <summary>
/// <c>/language es|en|auto</c>: the person fixes the language they are coached in (kept in their state, so /forget
/// removes it with the rest), or goes back to following the tenant's setting and their app's language.
/// The answer is already in the language chosen.
/// </summary>
internal sealed class LanguageCommand(TurnLanguage languages)
{
    private const string Auto = "auto";

    public Task HandleAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        var every = turn.PackInEveryLanguage;
        var list = string.Join(", ", every.Languages);
        var code = argument.Trim();
        if (code.Length == 0)
        {
            turn.Say(turn.Labels["languageCurrent", ("language", turn.Labels["languageName"]), ("languages", list)]);
        }
        else if (string.Equals(code, Auto, StringComparison.OrdinalIgnoreCase))
        {
            turn.State.Language = null;
            turn.Pack = every.In(languages.Automatic(every, turn.Message, turn.State));
            turn.Say(turn.Labels["languageAuto", ("language", turn.Labels["languageName"])]);
        }
        else if (TurnLanguage.Spoken(every, TurnLanguage.FromLocale(code)) is { } language)
        {
            turn.State.Language = language;
            turn.Pack = every.In(language);
            turn.Say(turn.Labels["languageFixed"]);
        }
        else
        {
            turn.Say(turn.Labels["languageUnknown", ("code", code), ("languages", list)]);
        }

        return Task.CompletedTask;
    }
}
