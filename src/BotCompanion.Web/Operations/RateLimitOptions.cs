namespace BotCompanion.Web.Operations;

/// <summary>
/// Section "RateLimits": per-caller limits on the inbound doors, answered 429 with Retry-After. On by default, at
/// limits no person typing reaches; they stop one caller from filling the turn queue for everyone.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Turn the limits on. Set RateLimits:Enabled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>POST /api/messages, per Teams conversation (all Teams traffic comes from Bot Framework addresses). Set RateLimits:Teams.</summary>
    public RateLimitRule Teams { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>POST /api/discord/interactions, per Discord user (all of it comes from Discord's addresses). Set RateLimits:Discord.</summary>
    public RateLimitRule Discord { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>/chat and its API, per client address. Set RateLimits:WebChat.</summary>
    public RateLimitRule WebChat { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Portal sign-in (links and single sign-on), per client address. Set RateLimits:SignIn.</summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };
}
