using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Grains.EventSourcing;

internal static partial class EventSourcingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Snapshot of stream {StreamId} at version {Version} failed; the events are committed")]
    public static partial void SnapshotFailed(this ILogger logger, Exception exception, string streamId, long version);
}
