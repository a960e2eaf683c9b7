using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Olympics.Orleans.EventStore.Telemetry;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Traces and metrics through the OpenTelemetry SDK, exported over OTLP when <c>OpenTelemetry:Endpoint</c> (or the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT) is set. The host starts the providers and disposes them when it stops, which
/// flushes what is buffered.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>ASP.NET Core, Orleans, the store (Marten, Npgsql, our event store) and the feeds.</summary>
    public static readonly string[] Sources =
    [
        "Microsoft.AspNetCore", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Marten", "Npgsql",
        EventStoreTelemetry.Name, Grains.Feeds.FeedTelemetry.Name,
    ];

    public static readonly string[] Meters =
    [
        "Microsoft.Orleans", "Marten", "Npgsql", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
        Grains.EventSourcing.EventSourcingTelemetry.MeterName, EventStoreTelemetry.Name, Grains.Feeds.FeedTelemetry.Name,
        ReadModels.Projections.ReadModelsTelemetry.MeterName, Grains.Telemetry.ProcessTelemetry.MeterName,
    ];

    public static void AddSiloTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Endpoint"] ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        // With nowhere to send them, no provider listens: the sources then create no activities and cost nothing.
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new SiloStartupException($"OpenTelemetry:Endpoint '{endpoint}' is not an absolute URI such as http://localhost:4318.");
        }

        var interval = configuration.GetValue("OpenTelemetry:MetricIntervalMs", 10_000);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OpenTelemetry:ServiceName"] ?? "olympics-silo"))
            .WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddOtlpExporter(o => Configure(o, uri, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddOtlpExporter((o, reader) =>
                {
                    Configure(o, uri, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                }));
    }

    /// <summary>
    /// Creates the providers (when configured) before the store initializes, so its first spans are recorded too; the
    /// host would otherwise create them only when it starts.
    /// </summary>
    public static void StartSiloTelemetry(this IServiceProvider services)
    {
        services.GetService<TracerProvider>();
        services.GetService<MeterProvider>();
    }

    // OTLP over HTTP/protobuf: the signal's path is appended to the collector's base address.
    private static void Configure(OtlpExporterOptions options, Uri baseUri, string path)
    {
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = new Uri(baseUri, path);
        options.BatchExportProcessorOptions.ScheduledDelayMilliseconds = 1000;
    }
}
