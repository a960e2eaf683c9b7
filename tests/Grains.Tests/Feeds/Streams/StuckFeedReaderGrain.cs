using Olympics.Orleans.Grains.Feeds.Streams;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Tests.Feeds.Streams;

/// <summary>A subscriber to the whole feed's stream that takes its first message and then never returns from it.</summary>
[Alias("test.stuck-feed-reader")]
public interface IStuckFeedReaderGrain : IGrainWithStringKey
{
    Task SubscribeAsync();
}

/// <summary>The gate the stuck reader waits at: open it when the test is over.</summary>
public sealed class StuckReaderGate
{
    private readonly TaskCompletionSource _taken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed once the reader holds a message it does not return from.</summary>
    public Task Taken => _taken.Task;

    public Task TakeAsync()
    {
        _taken.TrySetResult();
        return _open.Task;
    }

    public void Open() => _open.TrySetResult();
}

public sealed class StuckFeedReaderGrain(StuckReaderGate gate) : Grain, IStuckFeedReaderGrain
{
    public async Task SubscribeAsync() =>
        await this.GetStreamProvider(ResultStreams.Provider).GetStream<LogRecord>(ResultStreams.Feed)
            .SubscribeAsync((_, _) => gate.TakeAsync());
}
