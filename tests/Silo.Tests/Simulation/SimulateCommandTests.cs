using Olympics.Orleans.Silo.Commands;
using Olympics.Orleans.Silo.Simulation;

namespace Olympics.Orleans.Silo.Tests.Simulation;

[Collection(nameof(ConsoleCommands))]
public sealed class SimulateCommandTests
{
    private const string Key = "simulated-venue-key-0123456789";

    private static string[] Simulate(RunningSilo silo, params string[] more) =>
    [
        "simulate", "--url", silo.Http.BaseAddress!.ToString(), "--scale", "0.05", "--day", "2024-07-28", "--speed", "0",
        "--time-scale", "0.001", .. more,
    ];

    [Fact]
    public async Task Simulate_plays_a_day_to_the_silo_and_exits_0_when_every_message_is_acknowledged()
    {
        await using var silo = await RunningSilo.StartAsync(null, $"--Odf:Sources:{SimulationKeys.DefaultSource}:ApiKey={Key}");

        (await SiloCli.RunAsync(Simulate(silo, "--api-key", Key))).ShouldBe(0);
    }

    [Fact]
    public async Task Simulate_reads_keys_per_source_from_a_file_and_exits_1_when_a_source_has_none()
    {
        await using var silo = await RunningSilo.StartAsync(null, $"--Odf:Sources:SEQ_XXX:ApiKey={Key}");
        var file = Path.Combine(Directory.CreateTempSubdirectory("sim-keys").FullName, "keys.json");
        await File.WriteAllTextAsync(file, $"{{\"SEQ_XXX\": \"{Key}\"}}", TestContext.Current.CancellationToken);

        (await SiloCli.RunAsync(Simulate(silo, "--api-key-file", file, "--max-attempts", "1"))).ShouldBe(1);
    }

    [Fact]
    public async Task Simulate_exits_1_when_the_silo_refuses_the_key()
    {
        await using var silo = await RunningSilo.StartAsync(null, $"--Odf:Sources:{SimulationKeys.DefaultSource}:ApiKey={Key}");

        (await SiloCli.RunAsync(Simulate(silo, "--api-key", Key + "-wrong", "--max-attempts", "1"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("--url", "http://example.org", "--api-key", Key)]
    [InlineData("--day", "28/07/2024", "--api-key", Key)]
    [InlineData("--scale", "0", "--api-key", Key)]
    [InlineData("--speed", "-1", "--api-key", Key)]
    [InlineData("--source", "SIM", "--seed", "1")]
    [InlineData("--api-key", Key, "--api-key-file", "keys.json")]
    [InlineData("--day", "2024-06-01", "--api-key", Key)]
    public async Task Bad_usage_exits_2_before_anything_is_sent(string option, string value, string other, string otherValue) =>
        (await SiloCli.RunAsync(["simulate", option, value, other, otherValue])).ShouldBe(2);
}
