using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>The hub's lag behind the store: what operators watch when CIS latency grows.</summary>
public sealed class FeedHubTelemetryTests
{
    [Fact]
    public async Task The_hub_records_how_long_after_its_storing_it_wakes_the_subscribers_of_a_message()
    {
        // The store stamps the stored time by its clock; the hub, 1,234.5 ms ahead, measures by its own (an offset no
        // other test's hub has: they record too, into the same instrument).
        var storeTime = new ManualTimeProvider();
        var hubTime = new ManualTimeProvider();
        hubTime.Advance(TimeSpan.FromTicks(12_345_000));
        var lags = new ConcurrentBag<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FeedTelemetry.Name && instrument.Name == "olympics.feeds.hub.lag")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => lags.Add(value));
        listener.Start();
        await using var feed = FeedHubHarness.InMemory(hubTime, storeTime: storeTime);
        await feed.StartAsync();
        using var subscription = feed.Subscribe(FeedTier.Cis);

        await feed.StoreAsync(FeedStore.Header(1));
        await FeedHubHarness.TakeAsync(subscription, 1);

        lags.ShouldContain(1_234.5);
    }
}
