using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Olympics.Orleans.EventStore.Telemetry;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Traces and metrics through the OpenTelemetry SDK, exported over OTLP when <c>OpenTelemetry:Endpoint</c> (or the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT) is set. The hosting extensions package is not available to us, so the
/// providers are built here and disposed with the host, which flushes what is buffered.
/// </summary>
internal static class TelemetrySetup
{
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", EventStoreTelemetry.Name, Grains.Feeds.FeedTelemetry.Name];

    public static readonly string[] Meters = ["Microsoft.Orleans", Grains.EventSourcing.EventSourcingTelemetry.MeterName, EventStoreTelemetry.Name, Grains.Feeds.FeedTelemetry.Name];

    public static void AddSiloTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Endpoint"] ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new SiloStartupException($"OpenTelemetry:Endpoint '{endpoint}' is not an absolute URI such as http://localhost:4318.");
        }

        // Built by the container (so it disposes them with the host, which flushes what is buffered) and resolved
        // when the silo starts (InitializeSiloAsync), not while services are being registered.
        var resource = ResourceBuilder.CreateDefault().AddService(configuration["OpenTelemetry:ServiceName"] ?? "olympics-silo");
        var interval = configuration.GetValue("OpenTelemetry:MetricIntervalMs", 10_000);
        services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(Sources)
            .AddOtlpExporter(o => Configure(o, uri, "v1/traces"))
            .Build());
        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddOtlpExporter((o, reader) =>
            {
                Configure(o, uri, "v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
            })
            .Build());
    }

    /// <summary>Creates the providers (when configured) so they listen from the first request on.</summary>
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
