using System.Collections.Concurrent;
using Olympics.Orleans.Client;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>What one SDK subscriber received, collected in the background until the test ends.</summary>
public sealed class Received : IAsyncDisposable
{
    private readonly ConcurrentQueue<ResultMessage> _messages = new();
    private readonly CancellationTokenSource _stop;
    private readonly Task _reading;

    public Received(OlympicsClient client, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _reading = Task.Run(async () =>
        {
            await foreach (var message in client.SubscribeResultsAsync(cancellationToken: _stop.Token))
            {
                _messages.Enqueue(message);
            }
        }, CancellationToken.None);
    }

    public IReadOnlyList<ResultMessage> Messages => [.. _messages];

    /// <summary>
    /// Waits until <paramref name="count"/> messages arrived (failing after a minute with how many did), then a little
    /// longer, so that a repeat arriving late is counted too.
    /// </summary>
    public async Task<IReadOnlyList<ResultMessage>> AtLeastAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (_messages.Count < count && DateTime.UtcNow < until && !_reading.IsCompleted)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        if (_reading.IsFaulted)
        {
            await _reading; // The subscription failed: show why.
        }

        await Task.Delay(500, TestContext.Current.CancellationToken);
        _messages.Count.ShouldBeGreaterThanOrEqualTo(count, "messages received within a minute");
        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Stopped by the test.
        }

        _stop.Dispose();
    }
}
