using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Client.Tests;

/// <summary>The SDK's typed results snapshots (session results, the medal table) against a real silo on PostgreSQL.</summary>
public sealed class SnapshotQueryTests : IAsyncLifetime
{
    private static readonly TimeSpan _delay = TimeSpan.FromSeconds(2);
    private PostgresSilo _silo = null!;
    private OlympicsClient _cis = null!;
    private OlympicsClient _media = null!;

    public async ValueTask InitializeAsync()
    {
        _silo = await PostgresSilo.StartAsync();
        (_cis, _media) = (_silo.Client(), _silo.Client(PostgresSilo.FeedKey));
        var ct = TestContext.Current.CancellationToken;
        using var management = _silo.Client(WriterKeys.Management);
        await management.RegisterVenueAsync("STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), ct);
        var start = new DateTimeOffset(2024, 8, 4, 19, 0, 0, TimeSpan.FromHours(2));
        await management.ScheduleSessionAsync("ATH01", new ScheduleSessionRequest("ATH", "STA", "Men's 100m final", start, start.AddHours(3),
            [new PlannedUnit(PostgresSilo.Rsc, "Final", start.AddMinutes(50))]), ct);
    }

    public async ValueTask DisposeAsync()
    {
        _cis.Dispose();
        _media.Dispose();
        await _silo.DisposeAsync();
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Session_results_read_typed_and_again_unchanged_from_the_client_cache()
    {
        var ct = TestContext.Current.CancellationToken;
        var empty = await UntilAsync(() => _cis.GetSessionResultsAsync("ATH01", ct), s => s is not null);
        await _silo.PostAsync(ResultBodies.Result(PostgresSilo.Rsc, 1, "OFFICIAL", ("20", "USA", "9.79"), ("17", "FRA", "9.80")));

        var first = await UntilAsync(() => _cis.GetSessionResultsAsync("ATH01", ct), s => s!.View.Units[0].Version == 1);
        var second = await _cis.GetSessionResultsAsync("ATH01", ct);

        empty!.View.Units.ShouldHaveSingleItem().DocumentKey.ShouldBeNull();
        var unit = first!.View.Units.ShouldHaveSingleItem();
        (unit.Rsc, unit.ResultStatus, first.FromCache).ShouldBe((PostgresSilo.Rsc, "OFFICIAL", false));
        unit.Competitors.Select(c => (c.Competitor, c.Organisation, c.Rank, c.Mark)).ShouldBe([("20", "USA", 1, "9.79"), ("17", "FRA", 2, "9.80")]);
        (second!.FromCache, second.ETag, second.View).ShouldBe((true, first.ETag, first.View));
        (await _cis.GetSessionResultsAsync("ATH99", ct)).ShouldBeNull();
    }

    [Fact]
    public async Task A_feed_key_reads_the_previous_results_until_the_embargo_has_passed()
    {
        var ct = TestContext.Current.CancellationToken;
        await _silo.PostAsync(ResultBodies.Result(PostgresSilo.Rsc, 1, "LIVE", ("17", "FRA", "9.90")));
        await UntilAsync(() => _media.GetSessionResultsAsync("ATH01", ct), s => s?.View.Units[0].Version == 1);

        await _silo.PostAsync(ResultBodies.Result(PostgresSilo.Rsc, 2, "LIVE", ("17", "FRA", "9.85")));
        var media = await _media.GetSessionResultsAsync("ATH01", ct);
        var answered = DateTimeOffset.UtcNow;
        var cis = await UntilAsync(() => _cis.GetSessionResultsAsync("ATH01", ct), s => s?.View.Units[0].Version == 2);
        var later = await UntilAsync(() => _media.GetSessionResultsAsync("ATH01", ct), s => s?.View.Units[0].Version == 2);

        answered.ShouldBeLessThan(cis!.View.Units[0].StoredAt!.Value + _delay, "the FEED read came before the embargo ended");
        (media!.View.Units[0].Version, media.FromCache).ShouldBe((1, true));
        later!.ETag.ShouldBe(cis.ETag);
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(cis.View.Units[0].StoredAt!.Value + _delay);
    }

    [Fact]
    public async Task The_medal_table_is_null_until_one_is_stored_then_typed_with_the_medallists()
    {
        var ct = TestContext.Current.CancellationToken;
        var none = await _cis.GetMedalTableAsync(ct);
        await _silo.PostAsync(ResultBodies.Medals(1, ("FRA", 2, 0, 1)));
        await _silo.PostAsync(ResultBodies.Medallists(new Rsc(PostgresSilo.Rsc).EventCode, 1, ("17", "FRA")));

        var table = await UntilAsync(() => _cis.GetMedalTableAsync(ct), t => t?.View.Events.Count == 1);
        var again = await _cis.GetMedalTableAsync(ct);

        none.ShouldBeNull();
        table!.View.Lines.ShouldBe([new("FRA", 1, 2, 0, 1, 3)]);
        table.View.Events[0].Medals.ShouldHaveSingleItem().Medal.ShouldBe("ME_GOLD");
        again!.FromCache.ShouldBeTrue();
    }

    [Fact]
    public async Task A_cancelled_query_throws_and_sends_nothing_more()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _cis.GetSessionResultsAsync("ATH01", cancelled.Token));
        await Should.ThrowAsync<OperationCanceledException>(() => _cis.GetMedalTableAsync(cancelled.Token));
    }
}
