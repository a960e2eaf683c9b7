using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Contracts.Tests;

/// <summary>What partners and a rolling upgrade rely on in the contract and the grain interfaces.</summary>
public sealed class GrainInterfaceConventionTests
{
    private static readonly Type[] _grainInterfaces = [.. typeof(IVenueGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))];

    private static readonly Type[] _commands = [.. _grainInterfaces.SelectMany(g => g.GetMethods()).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).Distinct()];

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
    public void Grain_interfaces_their_methods_and_commands_have_unique_stable_aliases()
    {
        var interfaceAliases = _grainInterfaces.Select(g => g.GetCustomAttribute<AliasAttribute>()?.Alias).ToList();
        interfaceAliases.ShouldAllBe(a => a != null && a.StartsWith("olympics.", StringComparison.Ordinal));
        interfaceAliases.ShouldBeUnique();
        foreach (var grain in _grainInterfaces)
        {
            var methodAliases = grain.GetMethods().Select(m => m.GetCustomAttribute<AliasAttribute>()?.Alias).ToList();
            methodAliases.ShouldAllBe(a => a != null, $"every method of {grain.Name} has an [Alias]");
            methodAliases.ShouldBeUnique();
        }

        _commands.ShouldNotBeEmpty();
        foreach (var command in _commands)
        {
            command.GetCustomAttribute<GenerateSerializerAttribute>().ShouldNotBeNull($"{command.Name} has [GenerateSerializer]");
            command.GetCustomAttribute<ImmutableAttribute>().ShouldNotBeNull($"{command.Name} is [Immutable]: a command is never changed after it is sent");
            command.GetCustomAttribute<AliasAttribute>()?.Alias.ShouldBe($"olympics.{command.Name}");
        }
    }

    [Fact]
    public void Commands_carry_the_time_they_were_issued()
    {
        _commands.Where(c => c.GetProperty("At")?.PropertyType != typeof(DateTimeOffset)).ShouldBeEmpty();
    }

    [Fact]
    public void The_contract_and_the_partner_sdk_reference_no_Orleans_assembly()
    {
        foreach (var assembly in new[] { typeof(VenueView).Assembly, typeof(Client.OlympicsClient).Assembly })
        {
            assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(n => n!.StartsWith("Orleans", StringComparison.Ordinal), assembly.GetName().Name);
        }
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
