using System.Diagnostics.Metrics;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests;

/// <summary>Adds up what a counter (of the feeds' meter unless told) records while it is alive.</summary>
internal sealed class InstrumentCount : IDisposable
{
    private readonly MeterListener _listener;
    private long _total;

    public InstrumentCount(string name, string meter = FeedTelemetry.Name)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meter && instrument.Name == name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
