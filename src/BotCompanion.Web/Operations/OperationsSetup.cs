namespace BotCompanion.Web.Operations;

/// <summary>What running in production needs around the product: proxies, rate limits, shared keys, telemetry.</summary>
public static class OperationsSetup
{
    public static WebApplicationBuilder AddBotCompanionOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddBotCompanionLoggingDefaults();
        builder.Services.AddBotCompanionForwardedHeaders();
        builder.Services.AddBotCompanionRateLimits();
        builder.Services.AddBotCompanionSharedState(builder.Configuration);
        builder.AddBotCompanionTelemetry();
        return builder;
    }

    /// <summary>First in the pipeline: the scheme, host and client address are right before anything reads them.</summary>
    public static WebApplication UseBotCompanionOperations(this WebApplication app)
    {
        app.UseBotCompanionForwardedHeaders();
        app.UseBotCompanionRateLimits();
        return app;
    }
}
