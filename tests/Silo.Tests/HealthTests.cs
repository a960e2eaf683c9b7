using System.Net;
using Npgsql;

namespace Olympics.Orleans.Silo.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_while_postgres_answers()
    {
        await using var silo = await RunningSilo.StartAsync();

        (await silo.Http.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await silo.Http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_fails_while_postgres_is_unreachable_and_recovers_when_it_is_back()
    {
        var target = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        await using var relay = new TcpForwarder(target.Host!, target.Port);
        relay.Start();
        var viaRelay = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Host = "127.0.0.1", Port = relay.Port, Timeout = 2 };
        await using var silo = await RunningSilo.StartAsync(viaRelay.ConnectionString);
        (await silo.Http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        relay.Cut();
        var whileCut = await silo.Http.GetAsync("/health/ready");
        var live = await silo.Http.GetAsync("/health/live");
        relay.Start();
        var recovered = await Eventually(async () => (await silo.Http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);

        whileCut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        recovered.ShouldBeTrue();
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
