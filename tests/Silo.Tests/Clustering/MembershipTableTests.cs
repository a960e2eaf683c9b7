using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Olympics.Orleans.Silo.Hosting.Clustering;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;

namespace Olympics.Orleans.Silo.Tests.Clustering;

/// <summary>
/// Orleans' own ADO.NET membership table, driven against our schema and query texts on the test PostgreSQL: the
/// contract the membership protocol depends on (conditional writes on the table version) holds.
/// </summary>
public sealed class MembershipTableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_cluster_has_version_zero_and_no_silos_and_creating_it_twice_is_harmless()
    {
        var table = await TableAsync(TestPostgres.NewSchemaName());
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var data = await table.ReadAllAsync();

        data.Version.Version.ShouldBe(0);
        data.Members.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_silo_is_inserted_once_at_the_version_read_and_a_stale_version_is_refused()
    {
        var table = await TableAsync(TestPostgres.NewSchemaName());
        var version = (await table.ReadAllAsync()).Version;
        var silo = Entry(11111, SiloStatus.Joining);

        (await table.InsertRowAsync(silo, version.Next())).ShouldBeTrue();
        (await table.InsertRowAsync(Entry(11112, SiloStatus.Joining), version.Next())).ShouldBeFalse("the version moved on");
        (await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next())).ShouldBeFalse("the silo is there already");

        var data = await table.ReadAllAsync();
        data.Version.Version.ShouldBe(1);
        var (stored, _) = data.Members.ShouldHaveSingleItem();
        stored.SiloAddress.ShouldBe(silo.SiloAddress);
        stored.SiloName.ShouldBe(silo.SiloName);
        stored.HostName.ShouldBe(silo.HostName);
        stored.Status.ShouldBe(SiloStatus.Joining);
        stored.ProxyPort.ShouldBe(silo.ProxyPort);
        stored.StartTime.ShouldBe(silo.StartTime);
    }

    [Fact]
    public async Task Suspicions_and_death_are_written_at_the_version_read_and_read_back()
    {
        var table = await TableAsync(TestPostgres.NewSchemaName());
        var silo = Entry(11111, SiloStatus.Active);
        var voter = Entry(11112, SiloStatus.Active);
        await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next());
        await table.InsertRowAsync(voter, (await table.ReadAllAsync()).Version.Next());
        var read = await table.ReadRowAsync(silo.SiloAddress);
        var etag = read.Members.ShouldHaveSingleItem().Item2;
        var suspectedAt = new DateTime(2024, 8, 4, 21, 55, 12, DateTimeKind.Utc);
        silo.Status = SiloStatus.Dead;
        silo.SuspectTimes = [Tuple.Create(voter.SiloAddress, suspectedAt)];

        (await table.UpdateRowAsync(silo, etag, read.Version.Next())).ShouldBeTrue();
        (await table.UpdateRowAsync(silo, etag, read.Version.Next())).ShouldBeFalse("the version moved on");

        var after = await table.ReadRowAsync(silo.SiloAddress);
        after.Version.Version.ShouldBe(3);
        var (stored, _) = after.Members.ShouldHaveSingleItem();
        stored.Status.ShouldBe(SiloStatus.Dead);
        var (suspecter, at) = stored.SuspectTimes.ShouldHaveSingleItem();
        suspecter.ShouldBe(voter.SiloAddress);
        at.ShouldBe(suspectedAt);
    }

    [Fact]
    public async Task I_am_alive_moves_the_silos_time_and_not_the_version_and_an_unknown_silo_reads_as_none()
    {
        var table = await TableAsync(TestPostgres.NewSchemaName());
        var silo = Entry(11111, SiloStatus.Active);
        await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next());
        silo.IAmAliveTime = silo.IAmAliveTime.AddSeconds(5);

        await table.UpdateIAmAliveAsync(silo);

        var data = await table.ReadRowAsync(silo.SiloAddress);
        data.Version.Version.ShouldBe(1);
        data.Members.ShouldHaveSingleItem().Item1.IAmAliveTime.ShouldBe(silo.IAmAliveTime);
        var unknown = await table.ReadRowAsync(Entry(9, SiloStatus.Active).SiloAddress);
        unknown.Version.Version.ShouldBe(1);
        unknown.Members.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_silos_that_stopped_beating_before_the_date_and_delete_removes_the_cluster()
    {
        var table = await TableAsync(TestPostgres.NewSchemaName());
        var dead = Entry(11111, SiloStatus.Dead);
        var alive = Entry(11112, SiloStatus.Active);
        await table.InsertRowAsync(dead, (await table.ReadAllAsync()).Version.Next());
        await table.InsertRowAsync(alive, (await table.ReadAllAsync()).Version.Next());

        await table.CleanupDefunctSiloEntriesAsync(dead.IAmAliveTime.AddMinutes(1));

        (await table.ReadAllAsync()).Members.ShouldHaveSingleItem().Item1.SiloAddress.ShouldBe(alive.SiloAddress);
        await table.DeleteMembershipTableEntriesAsync(ClusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        var fresh = await table.ReadAllAsync();
        fresh.Version.Version.ShouldBe(0);
        fresh.Members.ShouldBeEmpty();
    }

    [Fact]
    public async Task Silos_starting_together_apply_the_schema_at_once_without_error()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => MembershipSchema.ApplyAsync(dataSource, schema, Ct), Ct)));

        await using var count = dataSource.CreateCommand($"select count(*) from {schema}.orleansquery");
        ((long)(await count.ExecuteScalarAsync(Ct))!).ShouldBe(MembershipQueries.For(schema).Count);
    }

    [Fact]
    public async Task A_schema_name_that_is_not_a_plain_identifier_is_refused_before_any_sql()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);

        var e = await Should.ThrowAsync<Hosting.SiloStartupException>(() => MembershipSchema.ApplyAsync(dataSource, "x; drop table y", Ct));

        e.Message.ShouldContain("EventStore:Schema");
    }

    private const string ClusterId = "membership-tests";

    private static async Task<AdoNetClusteringTable> TableAsync(string schema)
    {
        await using (var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString))
        {
            await MembershipSchema.ApplyAsync(dataSource, schema, Ct);
        }

        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = ClusterId, ServiceId = "tests" }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = "Npgsql",
                ConnectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { SearchPath = schema }.ConnectionString,
            }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    // Times with whole milliseconds: PostgreSQL keeps microseconds, and the entries compare what they read back.
    private static MembershipEntry Entry(int port, SiloStatus status)
    {
        var now = DateTime.UnixEpoch.AddMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 155656973),
            SiloName = $"silo-{port}",
            HostName = "games-host-1",
            Status = status,
            ProxyPort = port + 1000,
            StartTime = now.AddMinutes(-1),
            IAmAliveTime = now,
        };
    }
}
