using Olympics.Orleans.Silo.Commands;
using Spectre.Console;

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

    [Fact]
    public async Task Dotnet_run_writes_a_relative_out_folder_under_the_directory_it_is_run_in_not_the_project()
    {
        var here = Directory.CreateTempSubdirectory("run-here-");
        try
        {
            var (code, output, error) = await SiloProcess.DotnetAsync(here.FullName, new Dictionary<string, string>(),
                "run", "--no-build", "-c", Configuration, "--project", Path.Combine(RepositoryFolder.Root(), "src", "Silo"),
                "--", "generate", "--scale", "0.001", "--out", "games");

            code.ShouldBe(0, error);
            File.Exists(Path.Combine(here.FullName, "games", "accreditations.csv")).ShouldBeTrue(output);
            output.ShouldContain($"Written to {Path.Combine(here.FullName, "games")}");
        }
        finally
        {
            here.Delete(true);
        }
    }

    [Fact]
    public async Task Generate_writes_no_escape_codes_into_a_pipe_even_where_a_ci_variable_asks_for_them()
    {
        var folder = Directory.CreateTempSubdirectory("games-piped");
        try
        {
            var (code, output, error) = await SiloProcess.DotnetAsync(null, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" },
                Path.Combine(AppContext.BaseDirectory, "Olympics.Orleans.Silo.dll"), "generate", "--scale", "0.001", "--out", folder.FullName);

            code.ShouldBe(0, error);
            output.ShouldContain("sessions per competition day");
            output.ShouldNotContain("\u001b[");
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void A_terminal_gets_no_colour_under_no_color_and_a_file_gets_no_escape_codes()
    {
        using var writer = new StringWriter();

        TerminalConsole.Create(writer, terminal: true, noColor: true).Profile.Capabilities.ColorSystem.ShouldBe(ColorSystem.NoColors);
        TerminalConsole.Create(writer, terminal: false, noColor: false).Profile.Capabilities.Ansi.ShouldBeFalse();
        TerminalConsole.Create(writer, terminal: false, noColor: false).Profile.Capabilities.ColorSystem.ShouldBe(ColorSystem.NoColors);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
