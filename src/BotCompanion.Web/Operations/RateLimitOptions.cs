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

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one caller.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Each rule's limit and window must be sane; the message names the key to fix.</summary>
internal sealed class RateLimitOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<RateLimitOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var errors = new List<string>();
        foreach (var (key, rule) in new[] { ("Teams", options.Teams), ("Discord", options.Discord), ("WebChat", options.WebChat), ("SignIn", options.SignIn) })
        {
            if (rule.PermitLimit is < 1 or > 1_000_000)
            {
                errors.Add($"RateLimits:{key}:PermitLimit must be between 1 and 1,000,000.");
            }

            if (rule.Window < TimeSpan.FromSeconds(1) || rule.Window > TimeSpan.FromDays(1))
            {
                errors.Add($"RateLimits:{key}:Window must be between 1 second and 1 day, e.g. \"00:01:00\".");
            }
        }

        return errors.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(errors);
    }
}
