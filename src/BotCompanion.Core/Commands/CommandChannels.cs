namespace BotCompanion.Core.Commands;

/// <summary>Where a command is offered: typed in any chat, in the Teams command menu, as a Discord slash command.</summary>
[Flags]
public enum CommandChannels
{
    None = 0,

    /// <summary>Understood when typed as <c>/name</c> in any channel.</summary>
    Typed = 1,

    /// <summary>Listed in the Teams app manifest's command menu (at most ten).</summary>
    TeamsMenu = 2,

    /// <summary>Registered as a Discord slash command (infra/discord/commands.json).</summary>
    DiscordSlash = 4,

    Everywhere = Typed | TeamsMenu | DiscordSlash,
}
