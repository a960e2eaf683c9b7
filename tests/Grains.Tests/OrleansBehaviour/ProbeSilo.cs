using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

internal static class ProbeSilo
{
    /// <summary>A one-silo cluster whose grains report to <paramref name="probe"/>.</summary>
    public static Task<TestSilo> StartAsync(GrainProbe probe, Action<ISiloBuilder>? silo = null) =>
        TestSilo.StartAsync(services => services.AddSingleton(probe), silo);
}
