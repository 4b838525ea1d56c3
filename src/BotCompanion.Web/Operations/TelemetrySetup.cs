using Azure.Monitor.OpenTelemetry.AspNetCore;
using BotCompanion.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BotCompanion.Web.Operations;

/// <summary>
/// OpenTelemetry for the host: the product's and Semantic Kernel's sources and meters, ASP.NET Core, HttpClient and
/// runtime instrumentation. Exported to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set, over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (both may be). With neither, nothing is registered: instrumentation that exports
/// nowhere would only cost each request time (about a millisecond a turn, measured with bench/turn-latency.sh).
/// </summary>
internal static class TelemetrySetup
{
    internal const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    internal const string OtlpKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddBotCompanionTelemetry(this WebApplicationBuilder builder)
    {
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorKey]);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpKey]);
        if (!azureMonitor && !otlp)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "botcompanion"))
            .WithTracing(tracing => tracing.AddSource([.. BotTelemetry.Names]))
            .WithMetrics(metrics => metrics.AddMeter([.. BotTelemetry.Names]).AddRuntimeInstrumentation());

        // Probes every few seconds would drown the traces that matter.
        builder.Services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.Filter = context => !IsProbe(context.Request.Path));

        if (azureMonitor)
        {
            // The distro brings its own ASP.NET Core and HttpClient instrumentation and exports logs too.
            telemetry.UseAzureMonitor();
        }
        else
        {
            telemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }

        if (otlp && azureMonitor)
        {
            telemetry
                .WithTracing(tracing => tracing.AddOtlpExporter())
                .WithMetrics(metrics => metrics.AddOtlpExporter())
                .WithLogging(logging => logging.AddOtlpExporter());
        }
        else if (otlp)
        {
            telemetry.WithLogging().UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
