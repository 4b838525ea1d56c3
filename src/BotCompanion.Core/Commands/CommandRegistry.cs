namespace BotCompanion.Core.Commands;

/// <summary>
/// Every command the bot knows, in menu order. The command handler dispatches from it, Discord's interactions accept
/// its slash commands, and the Teams manifest and infra/discord/commands.json are checked against it (descriptions
/// come from the pack's labels).
/// </summary>
public static class CommandRegistry
{
    private const CommandChannels TypedAndSlash = CommandChannels.Typed | CommandChannels.DiscordSlash;

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("help", "commandHelp", CommandChannels.Everywhere),
        new("reflect", "commandReflect", CommandChannels.DiscordSlash)
        {
            Arguments = [new("topic", "commandReflectTopic", CommandArgumentKind.Text, Required: false) { MaxLength = 200 }],
        },
        new("commitments", "commandCommitments", CommandChannels.Everywhere),
        new("progress", "commandProgress", TypedAndSlash)
        {
            Arguments = [new("sharing", "commandProgressSharing", CommandArgumentKind.Text, Required: false) { MaxLength = 10 }],
        },
        new("nudges", "commandNudges", CommandChannels.Everywhere),
        new("done", "commandDone", CommandChannels.Everywhere),
        new("mentor", "commandMentor", CommandChannels.Everywhere),
        new("coach", "commandCoach", CommandChannels.Everywhere),
        new("rehearse", "commandRehearse", TypedAndSlash)
        {
            Arguments = [new("who", "commandRehearseWho", CommandArgumentKind.Text, Required: false) { MaxLength = 160 }],
        },
        new("stop", "commandStop", CommandChannels.Typed) { Aliases = ["pause"] },
        new("coach-link", "commandCoachLink", CommandChannels.Everywhere)
        {
            Arguments =
            [
                new("code", "commandCoachLinkCode", CommandArgumentKind.Text, Required: true) { MaxLength = 40 },
                new("name", "commandCoachLinkName", CommandArgumentKind.Text, Required: false) { MaxLength = 80 },
            ],
        },
        new("coach-unlink", "commandCoachUnlink", CommandChannels.Typed),
        new("shared", "commandShared", CommandChannels.Everywhere),
        new("share", "commandShare", TypedAndSlash)
        {
            Arguments = [new("number", "commandShareNumber", CommandArgumentKind.Number, Required: false) { Min = 1, Max = 100 }],
        },
        new("unshare", "commandUnshare", TypedAndSlash)
        {
            Arguments = [new("number", "commandUnshareNumber", CommandArgumentKind.Number, Required: true) { Min = 1, Max = 100 }],
        },
        new("coach-notify", "commandCoachNotify", CommandChannels.Typed)
        {
            Arguments = [new("code", "commandCoachNotifyCode", CommandArgumentKind.Text, Required: true) { MaxLength = 40 }],
        },
        new("focus", "commandFocus", CommandChannels.Typed)
        {
            Arguments = [new("action", "commandFocusAction", CommandArgumentKind.Text, Required: false) { MaxLength = 10 }],
        },
        // Typed only: the Teams command menu is full at ten, and Discord's slash list stays as registered.
        new("language", "commandLanguage", CommandChannels.Typed)
        {
            Arguments = [new("code", "commandLanguageCode", CommandArgumentKind.Text, Required: false) { MaxLength = 10 }],
        },
        new("privacy", "commandPrivacy", CommandChannels.Everywhere),
        new("forget", "commandForget", CommandChannels.Everywhere),
    ];

    /// <summary>The command a typed word names (with or without its slash, any case, by name or alias), if any.</summary>
    public static CommandDefinition? Find(string word)
    {
        var name = word.StartsWith('/') ? word[1..] : word;
        return All.FirstOrDefault(c => c.Answers(name));
    }

    /// <summary>The commands offered in <paramref name="channel"/>, in menu order.</summary>
    public static IEnumerable<CommandDefinition> In(CommandChannels channel) => All.Where(c => c.Channels.HasFlag(channel));
}
