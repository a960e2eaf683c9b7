using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// The hub's source in a silo: the whole feed's Orleans stream (<see cref="ResultStreams.Feed"/>), subscribed once per
/// silo and checked against the log, which stays the source of truth. A repeat (a queue that moved, a replay on
/// rebalancing) is dropped by its position; a message the stream did not bring (a handshake in flight, a queue that
/// started on another silo, a lost subscription) is read from the log, found either by the next message's
/// <see cref="LogRecord.Previous"/> or, when the stream is quiet, by comparing with the log's end every
/// <see cref="ResultStreamOptions.CheckInterval"/>; a stream that brought nothing at two checks in a row while the log
/// grew is subscribed again.
/// </summary>
public sealed partial class StreamFeedSource(
    IClusterClient client, IEventStore store, ResultStreamOptions options, ILogger<StreamFeedSource> logger) : IFeedSource
{
    private const int PageSize = 500;

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> FollowAsync(GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        var stream = client.GetStreamProvider(ResultStreams.Provider).GetStream<LogRecord>(ResultStreams.Feed);
        var inbox = Channel.CreateUnbounded<LogRecord>(new UnboundedChannelOptions { SingleReader = true });
        var observer = new StreamInbox(inbox.Writer);
        var handle = await stream.SubscribeAsync(observer);
        var behindChecks = 0;
        try
        {
            while (true)
            {
                if (await NextAsync(inbox.Reader, ct) is not { } record)
                {
                    // Quiet for a check interval: whatever the log has that the stream did not bring is read from the log.
                    var behind = false;
                    await foreach (var stored in ReadAsync(after, through: null, ct))
                    {
                        behind = true;
                        after = stored.Position;
                        StreamTelemetry.Repaired.Add(1, new KeyValuePair<string, object?>("reason", "quiet"));
                        yield return stored;
                    }

                    // The stream brought nothing for an interval while the log grew. Once can be a commit the stream was
                    // about to bring, or a silo too busy to deliver in time; twice in a row, the stream is taken to
                    // have stopped (a lost subscription, Orleans #9828).
                    behindChecks = behind ? behindChecks + 1 : 0;
                    if (behindChecks >= 2)
                    {
                        behindChecks = 0;
                        LogResubscribing(after);
                        StreamTelemetry.Resubscribed.Add(1);
                        await UnsubscribeAsync(handle);
                        handle = await stream.SubscribeAsync(observer);
                    }

                    continue;
                }

                behindChecks = 0;
                var position = record.GlobalPosition;
                if (position <= after)
                {
                    StreamTelemetry.Repeats.Add(1);
                    continue;
                }

                if (record.PreviousPosition > after)
                {
                    // The stream has a message between what this silo has and this one that it did not bring here.
                    await foreach (var stored in ReadAsync(after, new GlobalPosition(0, record.Position - 1), ct))
                    {
                        after = stored.Position;
                        StreamTelemetry.Repaired.Add(1, new KeyValuePair<string, object?>("reason", "gap"));
                        yield return stored;
                    }
                }

                after = position;
                yield return record.ToStored();
            }
        }
        finally
        {
            await UnsubscribeAsync(handle);
        }
    }

    // The next record, or null once nothing has come for a check interval.
    private async Task<LogRecord?> NextAsync(ChannelReader<LogRecord> reader, CancellationToken ct)
    {
        if (reader.TryRead(out var record))
        {
            return record;
        }

        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
        quiet.CancelAfter(options.CheckInterval);
        try
        {
            return await reader.WaitToReadAsync(quiet.Token) && reader.TryRead(out record) ? record : null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    // The log's "odf" events after `after`, up to `through` (null: up to the log's readable end).
    private async IAsyncEnumerable<StoredEvent> ReadAsync(GlobalPosition after, GlobalPosition? through, [EnumeratorCancellation] CancellationToken ct)
    {
        while (through is null || after < through)
        {
            var read = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, FeedMessages.Category, PageSize), ct))
            {
                if (stored.Position > through)
                {
                    yield break;
                }

                read++;
                after = stored.Position;
                yield return stored;
            }

            if (read < PageSize)
            {
                yield break;
            }
        }
    }

    private async Task UnsubscribeAsync(StreamSubscriptionHandle<LogRecord> handle)
    {
        try
        {
            await handle.UnsubscribeAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The pub/sub may be gone with a silo; the subscription then went with it.
            LogUnsubscribeFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The results stream was behind the log after {Position}: read the rest from the log, subscribing again")]
    private partial void LogResubscribing(GlobalPosition position);

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaving the results stream failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
