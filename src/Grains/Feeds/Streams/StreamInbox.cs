using System.Threading.Channels;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>The silo's observer of the whole feed's stream: hands each record to the hub's reader, never waits.</summary>
internal sealed class StreamInbox(ChannelWriter<LogRecord> writer) : IAsyncObserver<LogRecord>
{
    public Task OnNextAsync(LogRecord item, StreamSequenceToken? token = null)
    {
        writer.TryWrite(item);
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
