using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Client.Tests;

/// <summary>The SDK against a real silo on loopback, on the embedded (in-memory) store a newcomer runs.</summary>
public sealed class OlympicsClientTests : IAsyncLifetime
{
    private WebApplication _silo = null!;
    private OlympicsClient _client = null!;
    private Uri _address = null!;

    public async ValueTask InitializeAsync()
    {
        _silo = SiloHost.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. WriterKeys.Arguments()]);
        await _silo.InitializeSiloAsync();
        await _silo.StartAsync();
        var address = _silo.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _address = new Uri(address + "/");
        _client = new OlympicsClient(new OlympicsClientOptions { BaseAddress = _address, ApiKey = WriterKeys.Management });
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task The_client_registers_changes_and_reads_a_venue()
    {
        (await _client.IsReadyAsync()).ShouldBeTrue();

        await _client.RegisterVenueAsync("MAR", new RegisterVenueRequest("Marseille Marina", "Europe/Paris", 5000));
        var changed = await _client.ChangeVenueStatusAsync("MAR", new ChangeVenueStatusRequest(VenueStatus.Degraded, "wind"));

        changed.Status.ShouldBe(VenueStatus.Degraded);
        (await _client.GetVenueAsync("MAR"))!.ShouldBe(changed);
    }

    [Fact]
    public async Task A_client_without_a_key_may_read_but_its_write_is_refused_with_401_naming_the_role()
    {
        using var anonymous = new OlympicsClient(new OlympicsClientOptions { BaseAddress = _address });

        var refused = await Should.ThrowAsync<OlympicsApiException>(() =>
            anonymous.RegisterVenueAsync("MAR", new RegisterVenueRequest("Marseille Marina", "Europe/Paris", 5000)));

        refused.Status.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Detail!.ShouldContain("Competition:Managers");
        (await anonymous.GetVenueAsync("MAR")).ShouldBeNull("the refused write changed nothing");
    }

    [Fact]
    public async Task An_unknown_venue_reads_as_null()
    {
        (await _client.GetVenueAsync("NOP")).ShouldBeNull();
    }

    [Fact]
    public async Task A_refused_command_surfaces_the_problem_with_its_fields()
    {
        var invalid = await Should.ThrowAsync<OlympicsApiException>(() =>
            _client.RegisterVenueAsync("MAR", new RegisterVenueRequest("Marina", "Nowhere", 1)));
        var refused = await Should.ThrowAsync<OlympicsApiException>(() =>
            _client.ChangeVenueStatusAsync("QQQ", new ChangeVenueStatusRequest(VenueStatus.Closed, "never registered")));

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.Errors.Keys.ShouldBe(["timeZone"]);
        refused.Status.ShouldBe(HttpStatusCode.Conflict);
        refused.Detail.ShouldBe("The venue is not registered.");
    }
}
