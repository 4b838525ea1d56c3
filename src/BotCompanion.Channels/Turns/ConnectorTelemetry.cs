using BotCompanion.Core.Telemetry;

namespace BotCompanion.Channels.Turns;

/// <summary>Spans and retry counts for outbound channel calls (Bot Connector, Discord REST). Routes, never content.</summary>
internal static class ConnectorTelemetry
{
    public static Activity? Start(string connector, string route)
    {
        var span = BotTelemetry.Source.StartActivity(BotTelemetry.ConnectorSpan, ActivityKind.Client);
        span?.SetTag("botcompanion.connector", connector);
        span?.SetTag("botcompanion.connector.route", route);
        return span;
    }

    public static void Retry(Activity? span, string connector, int status)
    {
        span?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["http.response.status_code"] = status }));
        BotMetrics.ConnectorRetries.Add(
            1,
            new KeyValuePair<string, object?>("botcompanion.connector", connector),
            new KeyValuePair<string, object?>("http.response.status_code", status));
    }

    public static void Done(Activity? span, int status, int attempts)
    {
        span?.SetTag("http.response.status_code", status);
        span?.SetTag("botcompanion.connector.attempts", attempts);
        if (status >= 400)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
    }
}
