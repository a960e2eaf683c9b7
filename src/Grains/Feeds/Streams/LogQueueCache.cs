using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// Orleans' simple queue cache for each results queue (<see cref="QueueCache"/>), with cursors that survive the purge
/// of the position they waited at and that never hold the queue back (<see cref="QueueCacheCursor"/>).
/// </summary>
internal sealed class LogQueueCache(SimpleQueueCacheOptions options, string providerName, ILoggerFactory loggers) : IQueueAdapterCache
{
    private readonly SimpleQueueAdapterCache _simple = new(options, providerName, loggers);
    private readonly ILogger _logger = loggers.CreateLogger<LogQueueCache>();

    public IQueueCache CreateQueueCache(QueueId queueId) =>
        new QueueCache(queueId, _simple.CreateQueueCache(queueId), options.CacheSize, _logger);
}
