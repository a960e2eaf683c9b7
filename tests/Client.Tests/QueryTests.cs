using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Client.Tests;

/// <summary>The SDK's typed queries and cached snapshots against a real silo on PostgreSQL.</summary>
public sealed class QueryTests : IAsyncLifetime
{
    private static readonly TimeSpan _paris = TimeSpan.FromHours(2);
    private PostgresSilo _silo = null!;
    private OlympicsClient _client = null!;
    private OlympicsClient _management = null!;

    public async ValueTask InitializeAsync()
    {
        _silo = await PostgresSilo.StartAsync();
        _client = _silo.Client();
        _management = _silo.Client(WriterKeys.Management);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _management.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task Sessions_read_back_typed_one_by_one_and_by_day_and_venue()
    {
        var ct = TestContext.Current.CancellationToken;
        await _management.RegisterVenueAsync("STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), ct);
        var start = new DateTimeOffset(2024, 8, 4, 19, 0, 0, _paris);
        await _management.ScheduleSessionAsync("ATH01", new ScheduleSessionRequest("ATH", "STA", "Men's 100m final", start, start.AddHours(3),
            [new PlannedUnit(PostgresSilo.Rsc, "Final", start.AddMinutes(50))]), ct);

        var one = await _client.GetSessionAsync("ATH01", ct);
        // Lists come from the session catalog, a read model that follows the log: it shows the session a moment later.
        var onDay = await _client.ListSessionsAsync(day: new DateOnly(2024, 8, 4), venue: "STA", cancellationToken: ct);
        for (var i = 0; i < 200 && onDay.Total == 0; i++)
        {
            await Task.Delay(25, ct);
            onDay = await _client.ListSessionsAsync(day: new DateOnly(2024, 8, 4), venue: "STA", cancellationToken: ct);
        }

        var otherDay = await _client.ListSessionsAsync(day: new DateOnly(2024, 8, 5), cancellationToken: ct);

        one.ShouldNotBeNull();
        (one.Discipline, one.Venue, one.Status, one.StartUtc, one.Day).ShouldBe(("ATH", "STA", ScheduleStatus.Scheduled, start.ToUniversalTime(), new DateOnly(2024, 8, 4)));
        one.Units.Select(u => u.Rsc).ShouldBe([PostgresSilo.Rsc]);
        onDay.Items.Select(s => s.Code).ShouldBe(["ATH01"]);
        onDay.Total.ShouldBe(1);
        otherDay.Items.ShouldBeEmpty();
        (await _client.GetSessionAsync("ATH99", ct)).ShouldBeNull();
    }

    [Fact]
    public async Task The_gate_check_answers_typed_with_its_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        await _management.RegisterVenueAsync("STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), ct);

        var decision = await _client.CheckGateAsync("12345678", "STA", zone: 1, at: new DateTimeOffset(2024, 8, 4, 18, 0, 0, _paris), cancellationToken: ct);

        decision.Allowed.ShouldBeFalse();
        decision.Reason.ShouldBe(GateReason.Unknown);
        decision.Detail.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_malformed_gate_check_is_a_400_naming_the_field()
    {
        var refused = await Should.ThrowAsync<OlympicsApiException>(() =>
            _client.CheckGateAsync("not-a-card", "STA", cancellationToken: TestContext.Current.CancellationToken));

        refused.Status.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        refused.Errors.Keys.ShouldContain("accreditation");
    }

    [Fact]
    public async Task A_snapshot_read_again_unchanged_is_served_from_the_client_cache()
    {
        var ct = TestContext.Current.CancellationToken;
        (await _client.GetDocumentAsync(PostgresSilo.DocumentKey, ct)).ShouldBeNull();
        await _silo.PostResultAsync(1);

        var first = await _client.GetDocumentAsync(PostgresSilo.DocumentKey, ct);
        var second = await _client.GetDocumentAsync(PostgresSilo.DocumentKey, ct);
        await _silo.PostResultAsync(2, "9.78");
        var third = await _client.GetDocumentAsync(PostgresSilo.DocumentKey, ct);

        (first!.Version, first.FromCache).ShouldBe((1, false));
        (second!.Version, second.FromCache, second.ETag).ShouldBe((1, true, first.ETag));
        second.Xml.ShouldBe(first.Xml);
        (third!.Version, third.FromCache).ShouldBe((2, false));
        third.Xml.ShouldContain("9.78");
    }
}
