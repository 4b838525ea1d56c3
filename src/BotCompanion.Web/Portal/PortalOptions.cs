using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Web.Portal;

/// <summary>Section "Portal": the coach portal.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Serve the coach portal under /coach. Set Portal:Enabled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Public address of the bot, for sign-in links printed by the CLI. Set Portal:BaseUrl.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>How long a sign-in link works (it works once). Set Portal:SignInLinkLifetime.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Portal:SignInLinkLifetime must be between 5 minutes and 7 days.")]
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Emails of coaches who also administer prompt packs (the /admin page). Set Portal:Admins.</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Folder of eval reports written by <c>prompts eval PACK --json FOLDER/PACK.json</c>; empty = none shown. Set Portal:EvalReports.</summary>
    public string? EvalReports { get; set; }

    /// <summary>How long a coach stays signed in. Set Portal:SessionLifetime.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Portal:SessionLifetime must be between 5 minutes and 30 days.")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
