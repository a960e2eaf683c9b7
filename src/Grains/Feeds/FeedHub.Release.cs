using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The hub's FEED release: messages go to FEED subscribers once their embargo has passed.</summary>
public sealed partial class FeedHub
{
    // Releases the window's entries to FEED in order, each once the wall clock has passed its embargo (an entry
    // waiting holds back the ones behind it, as FeedReader does), at the next release tick so that one wake-up carries
    // every message of the tick; and drops what has grown too old.
    private async Task ReleaseAsync(FeedWindow window, CancellationToken ct)
    {
        await using var wake = ct.UnsafeRegister(static s => ((FeedSignal)s!).Set(), _appended);
        var next = 0L;
        while (!ct.IsCancellationRequested)
        {
            if (next == window.Head)
            {
                await _appended.WaitAsync();
                _appended.Reset();
                continue;
            }

            if (window.At(next) is { } waiting && !await WaitForReleaseAsync(waiting, ct))
            {
                return;
            }

            var (from, head, now) = (next, window.Head, time.GetUtcNow());
            while (next < head && (window.At(next) is not { } entry || embargo.VisibleFrom(FeedTier.Feed, entry.Message.StoredAt) <= now))
            {
                next++;
            }

            Volatile.Write(ref _released, next);
            WakeFeed(window, from, next);
            window.DropStoredBefore(now - settings.Duration);
        }
    }

    private async Task<bool> WaitForReleaseAsync(FeedEntry entry, CancellationToken ct)
    {
        try
        {
            await FeedEmbargo.WaitUntilAsync(settings.ReleaseTickAtOrAfter(embargo.VisibleFrom(FeedTier.Feed, entry.Message.StoredAt)), time, ct);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private void WakeFeed(FeedWindow window, long from, long to)
    {
        foreach (var subscription in Volatile.Read(ref _feed))
        {
            for (var i = from; i < to; i++)
            {
                if (window.At(i) is { } entry && subscription.Filter.Matches(entry))
                {
                    subscription.Wake();
                    break;
                }
            }
        }
    }
}
