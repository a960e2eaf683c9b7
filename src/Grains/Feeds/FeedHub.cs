using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The silo's one reader of the "odf" category for every SSE and WebSocket subscriber. Started with the silo from
/// the store's current end, it follows the results through its <see cref="IFeedSource"/> (the whole feed's Orleans
/// stream, checked against the log), decodes each message once into a <see cref="FeedEntry"/> (frames encoded once, shared),
/// keeps the recent ones in a <see cref="FeedWindow"/> and wakes the subscribers the message is for; FEED subscribers
/// are woken once the message's embargo has passed. It never waits for a subscriber: each one reads the window at its
/// own pace, and one that falls out of it reads the store again (<see cref="FeedSubscription"/>).
/// </summary>
public sealed partial class FeedHub(
    IEventStore store, IFeedSource source, FeedDecoder decoder, FeedEmbargo embargo,
    FeedWindowSettings settings, TimeProvider time, ILogger<FeedHub> logger) : BackgroundService
{
    private static readonly TimeSpan _retry = TimeSpan.FromSeconds(1);
    private readonly TaskCompletionSource<FeedWindow> _window = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly FeedSignal _appended = new();
    private readonly Lock _subscribersGate = new();
    // CIS subscribers of one session's stream, by session (a message wakes only its sessions' subscribers), and the others.
    private CisSubscribers _cis = CisSubscribers.Empty;
    private FeedSubscription[] _feed = [];
    private long _released;

    internal IEventStore Store => store;

    internal TimeProvider Time => time;

    internal FeedEmbargo Embargo => embargo;

    /// <summary>Completes once the hub has found where the store ends and follows it from there.</summary>
    public Task Started => _window.Task;

    /// <summary>The window, once the hub has found where the store ends.</summary>
    internal Task<FeedWindow> Window => _window.Task;

    /// <summary>FEED subscribers may read the window's entries below this index: their embargo has passed.</summary>
    internal long Released => Volatile.Read(ref _released);

    /// <summary>Opens a subscription: the consumer's part of <paramref name="stream"/> after <paramref name="start"/>. Dispose it to close it.</summary>
    /// <exception cref="FormatException">The start token is not a resume token.</exception>
    public FeedSubscription Subscribe(FeedConsumer consumer, FeedStreamId stream, FeedStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var after = start.AfterToken is { } token ? GlobalPosition.Parse(token) : GlobalPosition.Start;
        var subscription = new FeedSubscription(
            this, new FeedFilter(consumer, stream, start.AfterToken is null ? start.Day : null), after, start.Live && start.AfterToken is null);
        lock (_subscribersGate)
        {
            if (consumer.Tier == FeedTier.Cis)
            {
                _cis = _cis.With(subscription);
            }
            else
            {
                _feed = [.. _feed, subscription];
            }
        }

        subscription.FixLiveEdge();
        FeedTelemetry.Subscribers.Add(1);
        return subscription;
    }

    internal void Remove(FeedSubscription subscription)
    {
        lock (_subscribersGate)
        {
            _cis = _cis.Without(subscription);
            _feed = Array.FindAll(_feed, s => s != subscription);
        }

        FeedTelemetry.Subscribers.Add(-1);
    }

    /// <summary>The entry of a stored event; null when it is not a feed message (or cannot be read, which is logged).</summary>
    internal FeedEntry? Decode(StoredEvent stored) => decoder.Decode(stored);

    [LoggerMessage(Level = LogLevel.Error, Message = "The feed hub's reading of the store failed; trying again in {Retry}")]
    private partial void LogFailed(Exception exception, TimeSpan retry);
}
