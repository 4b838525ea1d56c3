namespace BotCompanion.Web.Operations;

/// <summary>Each rule's limit and window must be sane; the message names the key to fix.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
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

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
