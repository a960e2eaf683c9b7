namespace Olympics.Orleans.Runtime.Tests;

public sealed class OptionsDefaultsTests
{
    [Fact]
    public void Defaults_are_a_30_second_call_timeout_and_15_minutes_of_idleness()
    {
        var options = new GrainRuntimeOptions();

        options.CallTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        options.IdleTimeout.ShouldBe(TimeSpan.FromMinutes(15));
        options.MaxConflictRetries.ShouldBe(3);
    }
}
