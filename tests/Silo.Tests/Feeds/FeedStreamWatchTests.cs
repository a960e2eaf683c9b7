using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>The one watch over every open stream, driven tick by tick with explicit times.</summary>
public sealed class FeedStreamWatchTests
{
    private static readonly DateTimeOffset _opened = new(2024, 8, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _heartbeat = TimeSpan.FromSeconds(15);
    private readonly HashSet<string> _revoked = [];
    private readonly FeedStreamWatch _watch;

    public FeedStreamWatchTests() =>
        _watch = new FeedStreamWatch(c => _revoked.Contains(c.Name), new FeedOptions { HeartbeatInterval = _heartbeat }, new OpenedAt(_opened));

    [Fact]
    public async Task An_idle_stream_gets_a_heartbeat_once_it_has_been_idle_for_the_interval()
    {
        using var stop = new CancellationTokenSource();
        var beats = 0;
        await using var stream = _watch.Watch(Consumer("cis-1"), _ => { beats++; return Task.CompletedTask; }, stop);

        _watch.Check(_opened + _heartbeat - TimeSpan.FromMilliseconds(1));
        beats.ShouldBe(0);

        _watch.Check(_opened + _heartbeat);
        beats.ShouldBe(1);

        // The next one is an interval after that one.
        _watch.Check(_opened + _heartbeat + _heartbeat - TimeSpan.FromMilliseconds(1));
        beats.ShouldBe(1);
        _watch.Check(_opened + _heartbeat + _heartbeat);
        beats.ShouldBe(2);
        stop.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task A_stream_that_keeps_sending_gets_no_heartbeat()
    {
        using var stop = new CancellationTokenSource();
        var beats = 0;
        await using var stream = _watch.Watch(Consumer("cis-1"), _ => { beats++; return Task.CompletedTask; }, stop);

        for (var second = 1; second <= 60; second++)
        {
            var now = _opened.AddSeconds(second);
            stream.Sent(now.AddMilliseconds(-500));
            _watch.Check(now);
        }

        beats.ShouldBe(0);
    }

    [Fact]
    public async Task A_revoked_key_ends_its_streams_and_no_other()
    {
        using var revokedStop = new CancellationTokenSource();
        using var otherStop = new CancellationTokenSource();
        await using var revoked = _watch.Watch(Consumer("media-1"), _ => Task.CompletedTask, revokedStop);
        await using var other = _watch.Watch(Consumer("media-2"), _ => Task.CompletedTask, otherStop);

        _watch.Check(_opened.AddMilliseconds(500));
        revokedStop.IsCancellationRequested.ShouldBeFalse();

        _revoked.Add("media-1");
        _watch.Check(_opened.AddSeconds(1));

        revokedStop.IsCancellationRequested.ShouldBeTrue();
        otherStop.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task A_heartbeat_the_client_is_gone_for_ends_the_stream()
    {
        using var stop = new CancellationTokenSource();
        await using var stream = _watch.Watch(Consumer("cis-1"), _ => Task.FromException(new IOException("connection reset")), stop);

        _watch.Check(_opened + _heartbeat);

        stop.IsCancellationRequested.ShouldBeTrue();
    }

    [Fact]
    public async Task A_closed_stream_is_no_longer_watched_and_its_close_waits_for_a_heartbeat_in_flight()
    {
        using var stop = new CancellationTokenSource();
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var beats = 0;
        var stream = _watch.Watch(Consumer("cis-1"), _ => { beats++; return inFlight.Task; }, stop);
        _watch.Check(_opened + _heartbeat);
        _watch.Count.ShouldBe(1);

        var closing = stream.DisposeAsync().AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        closing.IsCompleted.ShouldBeFalse();
        inFlight.SetResult();
        await closing;

        _watch.Count.ShouldBe(0);
        _watch.Check(_opened + _heartbeat + _heartbeat);
        beats.ShouldBe(1);
    }

    private static FeedConsumer Consumer(string name) => new(name, FeedTier.Cis, new HashSet<string>());

    // A clock that reads the moment the streams open; the tests pass every later moment to Check themselves.
    private sealed class OpenedAt(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
