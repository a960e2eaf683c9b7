namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

public sealed class ActivationTests
{
    private readonly GrainProbe _probe = new();

    [Theory]
    [InlineData("silo")]
    [InlineData("client")]
    public async Task A_failed_activation_reaches_the_caller_and_the_next_call_activates_afresh(string caller)
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);
        _probe.FailNextActivations(1);
        var grain = (caller == "client" ? silo.Cluster.Client : silo.Grains).GetGrain<IProbedGrain>("f1");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => grain.PingAsync());
        error.Message.ShouldBe("activation failed on purpose");
        await Eventually.True(() => !silo.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), "the failed activation is gone");

        (await grain.PingAsync()).ShouldBe(1);
        _probe.ActivationsOf("f1").ShouldBe(2);
    }

    [Fact]
    public async Task DeactivateOnIdle_deactivates_right_after_the_call_and_the_next_call_starts_a_fresh_activation()
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);
        var grain = silo.Grains.GetGrain<IProbedGrain>("leaving");
        await grain.PingAsync();
        await grain.PingAsync();

        await grain.LeaveAsync();

        await Eventually.True(() => _probe.WasDeactivated("leaving"), "the grain deactivated itself");
        _probe.Deactivations.ShouldContain(("leaving", DeactivationReasonCode.ApplicationRequested));
        (await grain.PingAsync()).ShouldBe(1);
        _probe.ActivationsOf("leaving").ShouldBe(2);
    }
}
