namespace BotCompanion.Web.Operations;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one caller.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
