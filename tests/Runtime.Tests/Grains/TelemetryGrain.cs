namespace Olympics.Orleans.Runtime.Tests.Grains;

/// <summary>Used only by the telemetry tests, so their listeners can filter on its type.</summary>
public interface ITelemetryGrain : IGrainWithStringKey
{
    Task Ping();
}

public sealed class TelemetryGrain : Grain, ITelemetryGrain
{
    public Task Ping() => Task.CompletedTask;
}
