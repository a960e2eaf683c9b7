using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Silo.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Traces_and_metrics_reach_an_otlp_endpoint_when_one_is_configured()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var silo = await RunningSilo.StartAsync(null,
            $"--OpenTelemetry:Endpoint={collector.Endpoint}", "--OpenTelemetry:MetricIntervalMs=500");

        (await silo.Http.PutAsJsonAsync("/venues/BCY", new RegisterVenueRequest("Bercy Arena", "Europe/Paris", 15000))).EnsureSuccessStatusCode();

        (await collector.WaitForAsync("/v1/traces", "PUT /venues/{code}")).ShouldBeTrue("the HTTP request span was not exported with its route");
        (await collector.WaitForAsync("/v1/traces", "IVenueGrain/RegisterVenueAsync")).ShouldBeTrue("the grain-call span was not exported");
        (await collector.WaitForAsync("/v1/traces", "eventstore.append")).ShouldBeTrue("the append span was not exported");
        (await collector.WaitForAsync("/v1/traces", "postgresql")).ShouldBeTrue("Npgsql's command spans were not exported");
        (await collector.WaitForAsync("/v1/metrics", "orleans-app-requests-latency")).ShouldBeTrue("Orleans' grain call latency was not exported");
        (await collector.WaitForAsync("/v1/metrics", "olympics.eventstore.append.duration")).ShouldBeTrue("append latency was not exported");
        (await collector.WaitForAsync("/v1/metrics", "orleans-catalog-activations")).ShouldBeTrue("Orleans' active grains were not exported");
    }

    [Fact]
    public async Task Stopping_the_silo_flushes_spans_not_yet_exported()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var silo = await RunningSilo.StartAsync(null, $"--OpenTelemetry:Endpoint={collector.Endpoint}", "--OpenTelemetry:MetricIntervalMs=600000");
        (await silo.Http.PutAsJsonAsync("/venues/FLU", new RegisterVenueRequest("Flush Arena", "Europe/Paris", 1))).EnsureSuccessStatusCode();

        await silo.DisposeAsync();

        // The exporter batches for a second; only the flush on disposal can have sent the span by now.
        (await collector.WaitForAsync("/v1/traces", "IVenueGrain/RegisterVenueAsync", seconds: 0)).ShouldBeTrue();
    }

    [Fact]
    public void An_endpoint_that_is_not_an_absolute_uri_stops_the_silo_saying_what_is_expected()
    {
        var error = Should.Throw<Hosting.SiloStartupException>(() => SiloHost.Build(["--OpenTelemetry:Endpoint=otel collector"]));

        error.Message.ShouldBe("OpenTelemetry:Endpoint 'otel collector' is not an absolute URI such as http://localhost:4318.");
    }
}
