using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Tests;

/// <summary>A silo on real Kestrel at a free loopback port, with its own schema in the test PostgreSQL.</summary>
public sealed class RunningSilo : IAsyncDisposable
{
    private RunningSilo(WebApplication app, string schema)
    {
        App = app;
        Schema = schema;
        var address = app.Address();
        Http = new HttpClient(WriterKeys.Handler()) { BaseAddress = new Uri(address) };
    }

    public WebApplication App { get; }

    /// <summary>A client on the silo; its writes carry the writer's key (<see cref="WriterKeys"/>) unless they carry one.</summary>
    public HttpClient Http { get; }

    public string Schema { get; }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static Task<RunningSilo> StartAsync(string? connectionString = null, params string[] extraArgs) =>
        StartInSchemaAsync(TestPostgres.NewSchemaName(), connectionString, extraArgs);

    /// <summary>Starts a silo on an existing schema: a restart of a silo that ran before.</summary>
    public static async Task<RunningSilo> StartInSchemaAsync(string schema, string? connectionString = null, params string[] extraArgs)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Store=postgres",
            $"--ConnectionStrings:EventStore={connectionString ?? TestPostgres.ConnectionString}",
            $"--EventStore:Schema={schema}",
            "--Logging:LogLevel:Default=Warning",
            .. SiloPorts.Arguments(),
            .. WriterKeys.Arguments(),
            .. extraArgs,
        ];
        var app = SiloHost.Build(args);
        await app.InitializeSiloAsync();
        await app.StartAsync();
        return new RunningSilo(app, schema);
    }

    /// <summary>
    /// Waits until /health/ready answers 200: the read models catch up with the history after the start (slowly on a
    /// loaded machine), so a test that asserts on readiness waits for it first.
    /// </summary>
    public Task<System.Net.HttpStatusCode> ReadyAsync() =>
        Eventually.Value(async () => (await Http.GetAsync("/health/ready")).StatusCode, s => s == System.Net.HttpStatusCode.OK, "ready answers 200");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
