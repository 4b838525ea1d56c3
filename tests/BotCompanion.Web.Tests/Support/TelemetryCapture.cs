using System.Collections;
using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Activity = System.Diagnostics.Activity;

namespace BotCompanion.Web.Tests.Support;

/// <summary>The host's own telemetry pipeline with OpenTelemetry's in-memory exporters added: finished spans and metrics.</summary>
public sealed class TelemetryCapture
{
    private readonly Locked<Activity> _spans = new();
    private readonly Locked<Metric> _metrics = new();

    public void AddTo(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
    }

    public IReadOnlyList<Activity> Trace(ActivityTraceId trace) => [.. _spans.Snapshot().Where(s => s.TraceId == trace)];

    /// <summary>Waits until a span named <paramref name="name"/> of <paramref name="trace"/> has ended.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(ActivityTraceId trace, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Trace(trace).Any(s => s.OperationName == name))
        {
            if (DateTime.UtcNow > deadline)
            {
                var seen = string.Join("\n", _spans.Snapshot().Select(s => $"{s.TraceId} {s.Source.Name} {s.OperationName} parent={s.ParentSpanId}"));
                throw new TimeoutException($"no {name} span ended in trace {trace}; spans seen:\n{seen}");
            }

            await Task.Delay(20);
        }

        return Trace(trace);
    }

    /// <summary>Collects now and returns each metric's name with the sum of its points (histograms: their counts).</summary>
    public Dictionary<string, double> Metrics(IServiceProvider services)
    {
        services.GetRequiredService<MeterProvider>().ForceFlush();
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in _metrics.Snapshot())
        {
            var total = 0.0;
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                total += metric.MetricType switch
                {
                    MetricType.Histogram => point.GetHistogramCount(),
                    MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
                    MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
                    MetricType.LongGauge => point.GetGaugeLastValueLong(),
                    _ => point.GetGaugeLastValueDouble(),
                };
            }

            figures[metric.Name] = total;
        }

        return figures;
    }

    /// <summary>A collection the exporters add to from any thread while the test reads it.</summary>
    private sealed class Locked<T> : ICollection<T>
    {
        private readonly List<T> _items = [];

        public int Count
        {
            get
            {
                lock (_items)
                {
                    return _items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public List<T> Snapshot()
        {
            lock (_items)
            {
                return [.. _items];
            }
        }

        public void Add(T item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            lock (_items)
            {
                _items.Clear();
            }
        }

        public bool Contains(T item) => Snapshot().Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(T item)
        {
            lock (_items)
            {
                return _items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
