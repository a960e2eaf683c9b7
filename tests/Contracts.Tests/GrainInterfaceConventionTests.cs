using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Contracts.Tests;

/// <summary>What partners and the runtime rely on in the contracts assembly.</summary>
public sealed class GrainInterfaceConventionTests
{
    private static readonly Type[] _grainInterfaces = [.. typeof(IVenueGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))];

    [Fact]
    public void Every_grain_interface_has_a_key_kind_and_async_methods_named_Async()
    {
        _grainInterfaces.ShouldNotBeEmpty();
        foreach (var grain in _grainInterfaces)
        {
            (typeof(IGrainWithStringKey).IsAssignableFrom(grain) || typeof(IGrainWithGuidKey).IsAssignableFrom(grain)).ShouldBeTrue(grain.Name);
            foreach (var method in grain.GetMethods())
            {
                IsTask(method.ReturnType).ShouldBeTrue($"{grain.Name}.{method.Name} must return Task or Task<T>");
                method.Name.ShouldEndWith("Async");
                method.GetParameters().Length.ShouldBeLessThanOrEqualTo(1, $"{grain.Name}.{method.Name} takes one command record");
            }
        }
    }

    [Fact]
    public void Commands_carry_the_time_they_were_issued()
    {
        var commands = typeof(IVenueGrain).Assembly.GetTypes()
            .Where(t => _grainInterfaces.SelectMany(g => g.GetMethods()).SelectMany(m => m.GetParameters()).Any(p => p.ParameterType == t));

        commands.ShouldNotBeEmpty();
        commands.Where(c => c.GetProperty("At")?.PropertyType != typeof(DateTimeOffset)).ShouldBeEmpty();
    }

    [Fact]
    public void Views_round_trip_through_json_with_statuses_as_names()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var view = new VenueView("STA", "Stade de France", "Europe/Paris", 77000, VenueStatus.Operational, 2);

        var json = JsonSerializer.Serialize(view, options);

        json.ShouldContain("\"status\":\"Operational\"");
        JsonSerializer.Deserialize<VenueView>(json, options).ShouldBe(view);
    }

    private static bool IsTask(Type type) =>
        type == typeof(Task) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>));
}
