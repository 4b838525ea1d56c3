namespace BotCompanion.Cli;

/// <summary>The part of section "Portal" the CLI reads to print sign-in links (the host's PortalOptions has the rest).</summary>
internal sealed class PortalLinkOptions
{
    public const string SectionName = "Portal";

    /// <summary>Public address of the bot. Set Portal:BaseUrl.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>How long a sign-in link works. Set Portal:SignInLinkLifetime.</summary>
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
