using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;

namespace Olympics.Orleans.Replay.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_counts_the_streams_of_each_category_on_PostgreSQL()
    {
        var schema = TestPostgres.NewSchemaName();
        await using (var store = MartenTestStores.Create(schema))
        {
            await store.InitializeAsync();
            foreach (var id in new[] { "session-ATH01", "session-SWM02", "venue-STA" })
            {
                await store.AppendAsync(id, ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "test.v1", "{}", EventMetadata.Empty)]);
            }
        }

        var run = await ReplayRun.RunAsync(["check", .. ReplayRun.Store(schema)]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain(schema);
        run.Output.ShouldMatch(@"session\s*│\s*2");
        run.Output.ShouldMatch(@"venue\s*│\s*1");
    }

    [Fact]
    public async Task Help_shows_an_example_and_the_exit_codes()
    {
        var run = await ReplayRun.RunAsync(["check", "--help"]);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Example: check --connection");
        run.Output.ShouldContain("Exit codes:");
    }

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("state-at")]
    public async Task A_command_line_the_parser_refuses_exits_2_and_says_why(params string[] args)
    {
        var run = await ReplayRun.RunAsync(args);

        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldNotBeEmpty();
    }
}
