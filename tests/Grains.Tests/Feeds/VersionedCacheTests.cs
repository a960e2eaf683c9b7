using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

public sealed class VersionedCacheTests
{
    [Fact]
    public async Task Concurrent_requests_for_one_version_load_it_once()
    {
        var cache = new VersionedCache<string>();
        var loads = 0;
        var gate = new TaskCompletionSource();
        async Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            await gate.Task;
            return "v1";
        }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("doc", 1, Load, TestContext.Current.CancellationToken)).ToList();
        gate.SetResult();

        (await Task.WhenAll(waiting)).ShouldAllBe(v => v == "v1");
        loads.ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_highest_versions_of_a_key_are_kept()
    {
        var cache = new VersionedCache<long>();
        for (var v = 1L; v <= 10; v++)
        {
            var version = v;
            await cache.GetAsync("doc", version, () => Task.FromResult(version), TestContext.Current.CancellationToken);
        }

        Enumerable.Range(1, 10).Where(v => cache.Contains("doc", v)).ShouldBe([7, 8, 9, 10]);
    }

    [Fact]
    public async Task A_failed_load_is_forgotten_and_tried_again()
    {
        var cache = new VersionedCache<string>();

        await Should.ThrowAsync<InvalidOperationException>(() => cache.GetAsync("doc", 1, () => throw new InvalidOperationException("store down"), TestContext.Current.CancellationToken));
        var again = await cache.GetAsync("doc", 1, () => Task.FromResult("loaded"), TestContext.Current.CancellationToken);

        again.ShouldBe("loaded");
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_but_the_load_goes_on_for_the_others()
    {
        var cache = new VersionedCache<string>();
        var gate = new TaskCompletionSource<string>();
        using var cancel = new CancellationTokenSource();
        var first = cache.GetAsync("doc", 1, () => gate.Task, cancel.Token);
        var second = cache.GetAsync("doc", 1, () => Task.FromResult("other"), TestContext.Current.CancellationToken);

        await cancel.CancelAsync();
        gate.SetResult("shared");

        await Should.ThrowAsync<OperationCanceledException>(() => first);
        (await second).ShouldBe("shared");
    }
}
