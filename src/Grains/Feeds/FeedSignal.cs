using System.Threading.Channels;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// An auto-reset wake-up for one waiter: <see cref="Set"/> never blocks and never queues more than one wake-up, so the
/// hub can wake thousands of subscribers per message cheaply. The wait takes no token (a token would cost an
/// allocation per wait); a waiter that must stop is woken with <see cref="Set"/> and checks its token.
/// </summary>
internal sealed class FeedSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Set() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when <see cref="Set"/> was called since the last wait completed; call <see cref="Reset"/> after it.</summary>
    public ValueTask<bool> WaitAsync() => _channel.Reader.WaitToReadAsync(CancellationToken.None);

    public void Reset() => _channel.Reader.TryRead(out _);
}
