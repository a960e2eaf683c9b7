using System.Runtime.CompilerServices;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// One subscriber of the <see cref="FeedHub"/>. It remembers the last position it has looked at and moves between two
/// sources without a gap or a duplicate:
/// <list type="bullet">
/// <item>the store, read in global order after that position, while the hub's window does not hold everything after
/// it (a start far back, or a subscriber that fell behind);</item>
/// <item>the window, from the first entry after that position, as soon as it does (it holds every message after
/// its <see cref="FeedWindow.Base"/>); woken by the hub, it never polls the store.</item>
/// </list>
/// An entry dropped from the window before this subscriber read it sends it back to the store from the same position.
/// FEED subscribers read only entries the hub has released (their embargo passed); from the store they wait for the
/// embargo themselves, by the wall clock.
/// </summary>
public sealed partial class FeedSubscription : IDisposable
{
    private const int MaxBatch = 64;
    private const int PageSize = 256;
    private static readonly TimeSpan _storeBehind = TimeSpan.FromMilliseconds(50);
    private readonly FeedHub _hub;
    private readonly FeedSignal _signal = new();
    private readonly Queue<(GlobalPosition Position, FeedEntry? Entry)> _page = new();
    private CancellationTokenRegistration _wakeOnCancel;
    private CancellationToken _registered;
    private GlobalPosition _position;
    private long _next = -1;
    private int _disposed;
    private bool _startLive;

    internal FeedSubscription(FeedHub hub, FeedFilter filter, GlobalPosition after, bool live = false)
    {
        _hub = hub;
        Filter = filter;
        _position = after;
        _startLive = live;
    }

    /// <summary>
    /// For a subscription started at the live edge: the position it starts after, once known (at once when the hub is
    /// running), so that a client can resume from there even before its first message; null otherwise.
    /// </summary>
    public GlobalPosition? LiveStart { get; private set; }

    /// <summary>What the subscriber receives.</summary>
    public FeedFilter Filter { get; }

    /// <summary>True while it reads the hub's window, false while it catches up from the store.</summary>
    public bool IsLive => _next >= 0;

    /// <summary>
    /// Waits until messages are ready for the subscriber and adds them to <paramref name="batch"/> in order (at most
    /// 64, everything ready up to that), so a writer can send them with one flush. One caller at a time.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadAsync(List<FeedEntry> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var window = await _hub.Window.WaitAsync(ct);
        WakeOnCancel(ct);
        if (_startLive)
        {
            StartAtLiveEdge(window);
        }

        while (batch.Count == 0)
        {
            ct.ThrowIfCancellationRequested();
            if (_next < 0 && _page.Count == 0 && window.TryFind(_position, out var index))
            {
                _next = index;
            }

            if (_next < 0)
            {
                await CatchUpAsync(batch, ct);
            }
            else if (!ReadWindow(window, batch))
            {
                _next = -1;
                FeedTelemetry.FellOut.Add(1);
            }
            else if (batch.Count == 0)
            {
                await _signal.WaitAsync();
                _signal.Reset();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _wakeOnCancel.Dispose();
            _hub.Remove(this);
        }
    }

    internal void Wake() => _signal.Set();

    // The tier's edge of the window: the next entry is the first this subscriber gets; the position is that of the
    // newest entry before it (or the window's base, when it was dropped), from which it would catch up if it fell out.
    private void StartAtLiveEdge(FeedWindow window)
    {
        _startLive = false;
        var head = Filter.Consumer.Tier == FeedTier.Cis ? window.Head : _hub.Released;
        _position = head > 0 && window.At(head - 1) is { } newest ? newest.Position : window.Base;
        _next = head;
        LiveStart = _position;
    }

    // Called by the hub as it opens the subscription: the live edge is fixed now when the window exists already.
    internal void FixLiveEdge()
    {
        if (_startLive && _hub.Window.IsCompletedSuccessfully)
        {
            StartAtLiveEdge(_hub.Window.Result);
        }
    }

    // False when the next entry was dropped before this subscriber got to it.
    private bool ReadWindow(FeedWindow window, List<FeedEntry> batch)
    {
        var head = Filter.Consumer.Tier == FeedTier.Cis ? window.Head : _hub.Released;
        while (_next < head && batch.Count < MaxBatch)
        {
            if (window.At(_next) is not { } entry)
            {
                return false;
            }

            _next++;
            // A start position ahead of what the hub had read when this subscriber joined: skip up to it.
            if (entry.Position <= _position)
            {
                continue;
            }

            _position = entry.Position;
            if (Filter.Matches(entry))
            {
                batch.Add(entry);
            }
        }

        return true;
    }

    // The wait for a wake-up takes no token; a cancelled reader is woken instead. Registered once per token.
    private void WakeOnCancel(CancellationToken ct)
    {
        if (ct != _registered)
        {
            _wakeOnCancel.Dispose();
            _wakeOnCancel = ct.UnsafeRegister(static s => ((FeedSignal)s!).Set(), _signal);
            _registered = ct;
        }
    }
}
