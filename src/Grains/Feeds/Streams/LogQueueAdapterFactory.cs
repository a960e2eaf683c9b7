using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Orleans.Configuration;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>Builds the results streams' parts for Orleans' persistent stream provider: queues over the log, a cache, the mapping of streams to queues.</summary>
internal sealed class LogQueueAdapterFactory : IQueueAdapterFactory
{
    private readonly HashRingBasedStreamQueueMapper _mapper;
    private readonly LogQueueCache _cache;
    private readonly LogQueueAdapter _adapter;

    private LogQueueAdapterFactory(string name, IServiceProvider services)
    {
        var options = services.GetRequiredService<ResultStreamOptions>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        _mapper = new HashRingBasedStreamQueueMapper(new HashRingStreamQueueMapperOptions { TotalQueueCount = options.Queues }, name);
        _cache = new LogQueueCache(new SimpleQueueCacheOptions { CacheSize = options.CacheSize }, name, loggers);
        var logger = loggers.CreateLogger<LogQueueReceiver>();
        _adapter = new LogQueueAdapter(name, queue => new LogQueueReceiver(
            queue, _mapper, services.GetRequiredService<IEventStore>(), services.GetRequiredService<FeedDecoder>(), options,
            services.GetRequiredService<ResultQueueReaders>(), logger));
    }

    /// <summary>The factory Orleans calls for the provider named <paramref name="name"/>.</summary>
    public static IQueueAdapterFactory Create(IServiceProvider services, string name) => new LogQueueAdapterFactory(name, services);

    public Task<IQueueAdapter> CreateAdapter() => Task.FromResult<IQueueAdapter>(_adapter);

    public Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken) => CreateAdapter();

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        Task.FromResult<IStreamFailureHandler>(new NoOpStreamDeliveryFailureHandler());
}
