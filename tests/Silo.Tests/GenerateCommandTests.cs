using Olympics.Orleans.Silo.Commands;

namespace Olympics.Orleans.Silo.Tests;

[Collection(nameof(ConsoleCommands))]
public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_writes_a_scaled_games_that_the_same_seed_writes_again_identically()
    {
        var first = Directory.CreateTempSubdirectory("games-a").FullName;
        var second = Directory.CreateTempSubdirectory("games-b").FullName;

        (await SiloCli.RunAsync(["generate", "--scale", "0.01", "--seed", "7", "--out", first])).ShouldBe(0);
        (await SiloCli.RunAsync(["generate", "--scale", "0.01", "--seed", "7", "--out", second])).ShouldBe(0);

        var csv = await File.ReadAllLinesAsync(Path.Combine(first, "accreditations.csv"));
        csv[0].ShouldBe("number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining");
        csv.Length.ShouldBeInRange(5_800, 6_200);
        (await File.ReadAllBytesAsync(Path.Combine(second, "accreditations.csv"))).ShouldBe(await File.ReadAllBytesAsync(Path.Combine(first, "accreditations.csv")));
        File.Exists(Path.Combine(first, "sessions.json")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public async Task A_scale_outside_zero_to_one_is_refused_with_exit_code_2(string scale) =>
        (await SiloCli.RunAsync(["generate", "--scale", scale, "--out", Path.GetTempPath()])).ShouldBe(2);

    [Fact]
    public async Task An_unknown_option_is_a_usage_error() =>
        (await SiloCli.RunAsync(["generate", "--bogus"])).ShouldNotBe(0);
}
