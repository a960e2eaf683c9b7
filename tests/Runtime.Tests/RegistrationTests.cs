using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Runtime.Hosting;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task An_unregistered_grain_interface_is_refused_by_name()
    {
        await using var host = TestRuntime.Create();

        var error = Should.Throw<ArgumentException>(() => host.Grain<IUnregisteredGrain>("x"));

        error.Message.ShouldContain(typeof(IUnregisteredGrain).FullName!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task An_empty_string_key_is_refused(string key)
    {
        await using var host = TestRuntime.Create();

        var error = Should.Throw<ArgumentException>(() => host.Grain<ICounterGrain>(key));

        error.ParamName.ShouldBe("key");
        error.Message.ShouldContain(nameof(ICounterGrain));
    }

    [Fact]
    public async Task The_empty_guid_is_refused_as_a_key()
    {
        await using var host = TestRuntime.Create();

        Should.Throw<ArgumentException>(() => host.Runtime.GetGrain<IGuidGrain>(Guid.Empty)).ParamName.ShouldBe("key");
    }

    [Fact]
    public void A_grain_interface_method_not_returning_a_task_is_a_startup_error_naming_the_method()
    {
        var services = new ServiceCollection();

        var error = Should.Throw<InvalidOperationException>(() => services.AddGrains(DynamicGrainTypes.InterfaceWithIntMethod()));

        error.Message.ShouldContain("IBadGrain.GetValue returns Int32");
        error.Message.ShouldContain("Task or Task<T>");
    }

    [Fact]
    public void Two_grain_classes_for_one_interface_is_a_startup_error_naming_both()
    {
        var services = new ServiceCollection();

        var error = Should.Throw<InvalidOperationException>(() => services.AddGrains(DynamicGrainTypes.InterfaceWithTwoGrainClasses()));

        error.Message.ShouldContain("Dynamic.IDuplicatedGrain");
        error.Message.ShouldContain("Dynamic.FirstGrain");
        error.Message.ShouldContain("Dynamic.SecondGrain");
    }

    [Fact]
    public void AddGrains_registers_event_types_with_one_serializer_and_extends_an_existing_one()
    {
        var existing = new EventSerializer();
        var services = new ServiceCollection().AddSingleton(existing);

        services.AddGrainRuntime().AddGrains(typeof(LedgerGrain).Assembly);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<EventSerializer>().ShouldBeSameAs(existing);
        existing.NameOf(typeof(Credited)).ShouldBe("test.ledger.credited.v1");
    }

    [Fact]
    public void The_runtime_is_the_grain_factory_and_a_hosted_service()
    {
        using var provider = new ServiceCollection().AddGrainRuntime().AddGrains(typeof(CounterGrain).Assembly).BuildServiceProvider();

        var runtime = provider.GetRequiredService<GrainRuntime>();

        provider.GetRequiredService<IGrainFactory>().ShouldBeSameAs(runtime);
        provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ShouldContain(runtime);
    }
}
