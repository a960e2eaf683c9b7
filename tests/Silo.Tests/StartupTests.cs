namespace Olympics.Orleans.Silo.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task An_unreachable_database_stops_the_silo_with_one_line_naming_it_and_no_password()
    {
        var (exitCode, _, stderr) = await SiloProcess.RunAsync(
            [.. SiloPorts.Arguments()], "--urls=http://127.0.0.1:0", "--Store=postgres",
            "--ConnectionStrings:EventStore=Host=127.0.0.1;Port=1;Username=games;Password=hunter2;Timeout=3");

        exitCode.ShouldBe(2);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, stderr);
        lines[0].ShouldStartWith("silo: cannot start: PostgreSQL at 127.0.0.1:1");
        lines[0].ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task A_malformed_connection_string_stops_the_silo_with_one_line()
    {
        var (exitCode, _, stderr) = await SiloProcess.RunAsync(
            [.. SiloPorts.Arguments()], "--urls=http://127.0.0.1:0", "--Store=postgres", "--ConnectionStrings:EventStore=Hots=nowhere");

        exitCode.ShouldBe(2);
        stderr.Trim().ShouldStartWith("silo: cannot start: the event store settings are invalid");
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("--Store=cassandra", "Store must be 'memory' or 'postgres', not 'cassandra'")]
    [InlineData("--Store=postgres", "ConnectionStrings:EventStore")]
    [InlineData("--Orleans:Membership:Store=zookeeper", "Orleans:Membership:Store must be 'localhost' or 'postgres', not 'zookeeper'")]
    [InlineData("--Orleans:Membership:Store=postgres", "Orleans:Membership:Store=postgres keeps the membership beside the event log: set Store=postgres")]
    [InlineData("--Orleans:AdvertisedAddress=games.example", "Orleans:AdvertisedAddress 'games.example' is not an IP address")]
    [InlineData("--EventStore:MaxAppendsPerCommit=0", "EventStore:MaxAppendsPerCommit must be a whole number of at least 1, not '0'")]
    [InlineData("--EventStore:AppendWriters=four", "EventStore:AppendWriters must be a whole number of at least 1, not 'four'")]
    public async Task A_wrong_store_setting_stops_the_silo_saying_which(string arg, string expected)
    {
        var (exitCode, _, stderr) = await SiloProcess.RunAsync([.. SiloPorts.Arguments()], "--urls=http://127.0.0.1:0", arg);

        exitCode.ShouldBe(2);
        stderr.ShouldContain(expected);
    }

    [Fact]
    public async Task An_orleans_port_taken_by_another_process_stops_the_silo_with_one_line_naming_the_setting()
    {
        var (silo, gateway) = SiloPorts.Allocate();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, silo);
        taken.Start();

        var (exitCode, _, stderr) = await SiloProcess.RunAsync(
            [$"--Orleans:SiloPort={silo}", $"--Orleans:GatewayPort={gateway}"], "--urls=http://127.0.0.1:0");

        exitCode.ShouldBe(2);
        stderr.Trim().ShouldBe($"silo: cannot start: Orleans:SiloPort {silo} is in use by another process (AddressAlreadyInUse); choose a free port.");
    }

    [Fact]
    public async Task An_http_port_taken_by_another_process_stops_the_silo_with_one_line_naming_the_address()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, _, stderr) = await SiloProcess.RunAsync([.. SiloPorts.Arguments()], $"--urls=http://127.0.0.1:{port}");

        exitCode.ShouldBe(2, stderr);
        stderr.Trim().ShouldBe(
            $"silo: cannot start: Failed to bind to address http://127.0.0.1:{port}: address already in use (another process listens there); choose a free port with --urls.");
    }
}
