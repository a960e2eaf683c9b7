namespace Olympics.Orleans.Replay.Tests;

public sealed class StoreOptionsTests
{
    [Fact]
    public async Task A_command_without_any_connection_is_bad_usage_and_says_where_to_give_one()
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__EventStore") is { Length: > 0 })
        {
            // The environment names a store: this case cannot arise; the settings-file test below still runs.
            return;
        }

        var run = await ReplayRun.RunAsync(["check"]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("--connection");
    }

    [Fact]
    public async Task An_unreachable_server_exits_4_without_printing_the_password()
    {
        var run = await ReplayRun.RunAsync(["check", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Timeout=2"]);

        run.ExitCode.ShouldBe(4, run.Error);
        run.Error.ShouldContain("127.0.0.1:1");
        run.Error.ShouldNotContain("secret-pw");
    }

    [Fact]
    public async Task A_schema_without_event_tables_exits_4_and_names_the_schema()
    {
        var run = await ReplayRun.RunAsync(["check", .. ReplayRun.Store("no_such_schema_here")]);

        run.ExitCode.ShouldBe(4, run.Error);
        run.Error.ShouldContain("no_such_schema_here");
    }

    [Fact]
    public async Task The_connection_is_read_from_a_silo_settings_file()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, $$"""{ "ConnectionStrings": { "EventStore": "{{TestPostgres.ConnectionString}}" }, "EventStore": { "Schema": "settings_file_schema" } }""");
        try
        {
            var run = await ReplayRun.RunAsync(["check", "--config", file]);

            // The file was read: the store answered, and its schema (from the file) has no tables.
            run.ExitCode.ShouldBe(4, run.Error);
            run.Error.ShouldContain("settings_file_schema");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
