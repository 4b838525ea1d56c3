using System.Globalization;
using System.Threading.RateLimiting;

namespace BotCompanion.Web.Operations;

/// <summary>
/// Per-caller fixed-window limits on /api/messages (per Teams conversation), /api/discord/interactions (per
/// Discord user), /chat and the portal sign-in (per client address). A refused request gets 429 with Retry-After.
/// </summary>
internal static partial class RateLimits
{
    public static IServiceCollection AddBotCompanionRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits).FullName!);
                Log.Refused(logger, CallerKeys.Door(context.HttpContext.Request.Path) ?? "?");
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Peeks the caller out of the body where the address means nothing, then applies the limits.</summary>
    public static IApplicationBuilder UseBotCompanionRateLimits(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            return app;
        }

        app.Use(CallerKeys.PeekAsync);
        return app.UseRateLimiter();
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var door = CallerKeys.Door(context.Request.Path);
        var rule = door switch
        {
            "Teams" => options.Teams,
            "Discord" => options.Discord,
            "WebChat" => options.WebChat,
            "SignIn" => options.SignIn,
            _ => null,
        };
        if (rule is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{door}|{CallerKeys.Of(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static partial class Log
    {
        [LoggerMessage(4020, LogLevel.Warning, "Rate limit reached on {Door}: answered 429 with Retry-After", EventName = "RateLimited")]
        public static partial void Refused(ILogger logger, string door);
    }
}
