using Orleans.Configuration;
using Orleans.Runtime;

namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

/// <summary>
/// Idle collection with a per-type age. GrainCollectionOptions.ClassSpecificCollectionAge takes an age below Orleans'
/// one-minute minimum (it must only exceed CollectionQuantum), so these tests run in seconds. [CollectionAgeLimit] is not
/// used here: Orleans 10.4.2 raises Minutes/Hours/Days below one minute to one minute, and every silo validates every
/// hosted grain class's age against its own CollectionQuantum (default one minute, "must be greater"), so such a grain in
/// this assembly would stop every other test silo from starting. [CollectionAgeLimit("00:00:02")] sets 2 s unclamped,
/// with the same validation.
/// </summary>
public sealed class IdleCollectionTests
{
    private readonly GrainProbe _probe = new();

    private Task<TestSilo> StartAsync() => ProbeSilo.StartAsync(_probe, silo => silo.Configure<GrainCollectionOptions>(o =>
    {
        o.CollectionQuantum = TimeSpan.FromSeconds(1);
        o.ClassSpecificCollectionAge[typeof(ConfiguredAgeGrain).FullName!] = TimeSpan.FromSeconds(2);
    }));

    [Fact]
    public async Task An_idle_grain_with_a_short_class_specific_age_is_collected_while_a_default_grain_stays_and_the_next_call_reactivates_it()
    {
        await using var silo = await StartAsync();
        var shortLived = silo.Grains.GetGrain<IConfiguredAgeGrain>("short");
        var lasting = silo.Grains.GetGrain<IProbedGrain>("lasting");
        await shortLived.PingAsync();
        await lasting.PingAsync();

        await Eventually.True(() => _probe.WasDeactivated("short"), "the idle short-lived grain was collected", TimeSpan.FromSeconds(30));

        _probe.Deactivations.ShouldContain(("short", DeactivationReasonCode.ActivationIdle));
        _probe.WasDeactivated("lasting").ShouldBeFalse("the default age is 15 minutes");
        silo.Cluster.TryGetGrainContext(lasting.GetGrainId(), out _).ShouldBeTrue();
        (await shortLived.PingAsync()).ShouldBe(1);
        _probe.ActivationsOf("short").ShouldBe(2);
    }

    [Fact]
    public async Task A_silo_refuses_to_start_when_a_class_age_is_not_longer_than_the_collection_quantum()
    {
        var error = await Should.ThrowAsync<OrleansConfigurationException>(() => ProbeSilo.StartAsync(_probe, silo => silo.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionQuantum = TimeSpan.FromSeconds(2);
            o.ClassSpecificCollectionAge[typeof(ConfiguredAgeGrain).FullName!] = TimeSpan.FromSeconds(2);
        })));

        error.Message.ShouldContain(nameof(ConfiguredAgeGrain));
    }
}
