using System.Net.WebSockets;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// An open stream as the <see cref="FeedStreamWatch"/> sees it: whose it is, when it last sent something, how to end
/// it and how to send it a heartbeat. Disposing it stops the watch and waits for a heartbeat in flight, so the
/// stream's writer can be disposed after it.
/// </summary>
internal sealed class WatchedStream : IAsyncDisposable
{
    private readonly FeedStreamWatch _watch;
    private readonly Func<CancellationToken, Task> _heartbeat;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _gate = new();
    private Task _beating = Task.CompletedTask;
    private long _lastSent;
    private bool _closed;

    internal WatchedStream(FeedStreamWatch watch, FeedConsumer consumer, Func<CancellationToken, Task> heartbeat, CancellationTokenSource stop, DateTimeOffset opened)
    {
        _watch = watch;
        Consumer = consumer;
        _heartbeat = heartbeat;
        _stop = stop;
        _lastSent = opened.UtcTicks;
    }

    public FeedConsumer Consumer { get; }

    /// <summary>When the stream last sent something (or opened).</summary>
    public DateTimeOffset LastSent => new(Volatile.Read(ref _lastSent), TimeSpan.Zero);

    /// <summary>The stream sent something at <paramref name="at"/>: no heartbeat is due until it has been idle for an interval.</summary>
    public void Sent(DateTimeOffset at) => Volatile.Write(ref _lastSent, at.UtcTicks);

    public async ValueTask DisposeAsync()
    {
        Task beating;
        lock (_gate)
        {
            _closed = true;
            beating = _beating;
        }

        _watch.Forget(this);
        await beating;
    }

    internal void End()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended.
        }
        catch (AggregateException)
        {
            // Something registered on the stream's token failed as it was cancelled; the stream ends all the same,
            // and the watch goes on to the next stream.
        }
    }

    // One heartbeat at a time; the next is due an interval after this one began.
    internal void Beat(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_closed || !_beating.IsCompleted)
            {
                return;
            }

            Sent(now);
            _beating = BeatAsync();
        }
    }

    private async Task BeatAsync()
    {
        try
        {
            await _heartbeat(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The stream is ending.
        }
        catch (Exception e) when (e is IOException or WebSocketException)
        {
            // The client went away mid-heartbeat: end the stream.
            End();
        }
    }
}
