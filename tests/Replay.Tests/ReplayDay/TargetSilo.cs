using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Silo;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Tests.ReplayDay;

/// <summary>A silo on real Kestrel at a free loopback port with a fresh schema of the test PostgreSQL: a replay's source or target.</summary>
internal sealed class TargetSilo : IAsyncDisposable
{
    private TargetSilo(WebApplication app, string schema)
    {
        (App, Schema) = (app, schema);
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public WebApplication App { get; }

    public string Address { get; }

    public HttpClient Http { get; }

    public string Schema { get; }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A silo accepting each of <paramref name="sources"/> with the key <paramref name="keyOf"/> gives it, with <paramref name="settings"/> more.</summary>
    public static async Task<TargetSilo> StartAsync(IEnumerable<string> sources, Func<string, string> keyOf, params string[] settings)
    {
        var schema = TestPostgres.NewSchemaName();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Store=postgres",
            $"--ConnectionStrings:EventStore={TestPostgres.ConnectionString}",
            $"--EventStore:Schema={schema}",
            "--Logging:LogLevel:Default=Warning",
            .. sources.Select(s => $"--Odf:Sources:{s}:ApiKey={keyOf(s)}"),
            .. settings,
        ];
        var app = SiloHost.Build(args);
        // What the silo's own start does first (InitializeSiloAsync, internal to the silo): create the event tables.
        await app.Services.GetRequiredService<IEventStore>().InitializeAsync();
        await app.StartAsync();
        return new TargetSilo(app, schema);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
