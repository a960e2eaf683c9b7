using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Silo.Tests;

/// <summary>Small web apps the tests stand up on a free loopback port: fake collectors and partners.</summary>
public static class LoopbackApp
{
    /// <summary>A quiet app bound to 127.0.0.1 on a port the system picks.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>The address a started app listens on, e.g. http://127.0.0.1:41234.</summary>
    public static string Address(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
