using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.Hosting.Clustering;

namespace Olympics.Orleans.Silo.Tests.Clustering;

/// <summary>The leases that keep a cluster's processes on one silo, on the test PostgreSQL, as two silos see them.</summary>
public sealed class ProcessLeaseTests : IAsyncLifetime
{
    private readonly string _schema = TestPostgres.NewSchemaName();
    private PostgresProcessLeadership _first = null!;
    private PostgresProcessLeadership _second = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using (var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString))
        {
            await MembershipSchema.ApplyAsync(dataSource, _schema, Ct);
        }

        _first = Silo();
        _second = Silo();
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task One_silo_leads_a_process_and_another_takes_over_as_soon_as_it_hands_it_back()
    {
        var lease = await _first.AcquireAsync("odf-apply", Ct);
        var waiting = _second.AcquireAsync("odf-apply", Ct);
        var other = await _second.AcquireAsync("qualification", Ct);

        await Task.Delay(PostgresProcessLeadership.Renewal * 2.5, Ct);
        waiting.IsCompleted.ShouldBeFalse("the first silo's lease runs and is renewed");
        lease.Lost.IsCancellationRequested.ShouldBeFalse();
        await lease.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct); // a bound on a hang
        await other.DisposeAsync();
        (await HolderCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_lease_its_holder_stopped_renewing_lapses_and_is_taken_while_a_running_one_is_not()
    {
        await InsertAsync("cluster/frozen", "a silo that froze", "now() - interval '1 second'");
        await InsertAsync("cluster/running", "a silo that runs", "now() + interval '1 hour'");

        await using var frozen = await _first.AcquireAsync("frozen", Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var running = _first.AcquireAsync("running", Ct);
        await Task.Delay(PostgresProcessLeadership.Renewal * 2.5, Ct);

        running.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_holder_whose_lease_was_taken_from_it_learns_it_lost_the_lead()
    {
        await using var lease = await _first.AcquireAsync("odf-apply", Ct);

        await using (var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString))
        await using (var steal = dataSource.CreateCommand($"update {_schema}.process_lease set holder = 'another silo' where process = 'cluster/odf-apply'"))
        {
            (await steal.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
        }

        await Task.Delay(Timeout.Infinite, lease.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        lease.Lost.IsCancellationRequested.ShouldBeTrue();
    }

    private PostgresProcessLeadership Silo() => new(
        new StoreSettings(StoreSettings.Postgres, TestPostgres.ConnectionString, _schema),
        new ClusterSettings(ClusterSettings.Postgres, "cluster", "tests", null),
        NullLogger<PostgresProcessLeadership>.Instance);

    private async Task InsertAsync(string process, string holder, string expiresAt)
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);
        await using var command = dataSource.CreateCommand($"insert into {_schema}.process_lease values (@p, @h, {expiresAt})");
        command.Parameters.AddWithValue("p", process);
        command.Parameters.AddWithValue("h", holder);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private async Task<long> HolderCountAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);
        await using var command = dataSource.CreateCommand($"select count(distinct holder) from {_schema}.process_lease where expires_at > now()");
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
