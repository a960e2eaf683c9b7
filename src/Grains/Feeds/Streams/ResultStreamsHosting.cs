using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>Adds the results streams to a silo.</summary>
public static class ResultStreamsHosting
{
    /// <summary>
    /// The results stream provider (queues read from the log, spread over the silos by Orleans' balancer), the grain
    /// storage of its subscriptions, and the hub's source on it. The silo needs the event store and a
    /// <see cref="FeedDecoder"/>.
    /// </summary>
    public static ISiloBuilder AddResultStreams(this ISiloBuilder silo, ResultStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Services.AddSingleton(options);
        silo.Services.AddSingleton<ResultQueueReaders>();
        silo.Services.AddSingleton<IFeedSource, StreamFeedSource>();
        // Subscriptions live in memory: a silo's hub subscribes again when it finds the stream behind the log, so a
        // subscription lost with the silo that kept it costs a check interval, not a message.
        silo.AddMemoryGrainStorage("PubSubStore");
        silo.AddPersistentStreams(ResultStreams.Provider, LogQueueAdapterFactory.Create, stream =>
            stream.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                o.GetQueueMsgsTimerPeriod = options.PullPeriod;
                o.StreamInactivityPeriod = options.InactivityPeriod;
                o.BatchContainerBatchSize = options.DeliveryBatch;
            })));
        return silo;
    }
}
