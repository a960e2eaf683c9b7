using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The hub's reading of the store: where it starts, and the one subscription that fills the window.</summary>
public sealed partial class FeedHub
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        FeedWindow window;
        try
        {
            window = new FeedWindow(settings.MaxMessages, await FindEndAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        _window.TrySetResult(window);
        await Task.WhenAll(FollowAsync(window, stoppingToken), ReleaseAsync(window, stoppingToken));
    }

    // Appends every message after the window's start and wakes the CIS subscribers it is for. A failed subscription
    // (the store or the stream unreachable) starts again after the last event read, so the window stays gap-free.
    private async Task FollowAsync(FeedWindow window, CancellationToken ct)
    {
        var after = window.Base;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var stored in source.FollowAsync(after, ct))
                {
                    after = stored.Position;
                    if (Decode(stored) is { } entry)
                    {
                        Publish(window, entry);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e, _retry);
                try
                {
                    await Task.Delay(_retry, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Publish(FeedWindow window, FeedEntry entry)
    {
        FeedTelemetry.HubLag.Record((time.GetUtcNow() - entry.Message.StoredAt).TotalMilliseconds);
        window.Append(entry);
        var cis = Volatile.Read(ref _cis);
        foreach (var session in entry.Sessions)
        {
            if (cis.BySession.TryGetValue(session, out var following))
            {
                WakeMatching(following, entry);
            }
        }

        WakeMatching(cis.Others, entry);

        _appended.Set();
    }

    private static void WakeMatching(FeedSubscription[] subscriptions, FeedEntry entry)
    {
        foreach (var subscription in subscriptions)
        {
            if (subscription.Filter.Matches(entry))
            {
                subscription.Wake();
            }
        }
    }

    private async Task<GlobalPosition> FindEndAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return await store.GetLastPositionAsync(FeedMessages.Category, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogFailed(e, _retry);
                await Task.Delay(_retry, time, ct);
            }
        }
    }
}
