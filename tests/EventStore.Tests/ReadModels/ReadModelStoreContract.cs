using Olympics.Orleans.EventStore.ReadModels;

namespace Olympics.Orleans.EventStore.Tests.ReadModels;

/// <summary>The behaviour every <see cref="IReadModelStore"/> must have; each implementation runs it through a subclass.</summary>
public abstract class ReadModelStoreContract : IAsyncLifetime
{
    private static readonly GlobalPosition Early = new(10, 5);
    private static readonly GlobalPosition Later = new(12, 9);

    protected IReadModelStore Store { get; private set; } = null!;

    protected abstract Task<IReadModelStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_saved_building_version_loads_back_with_its_bytes_and_position_but_is_not_active()
    {
        var version = await Store.BeginAsync("catalog", "catalog.v1");
        await Store.SaveAsync("catalog", version, Early, 100, [1, 2, 3]);
        await Store.SaveAsync("catalog", version, Later, 250, [4, 5, 6, 7]);

        var building = (await Store.LoadBuildingAsync("catalog"))!;
        building.Data.ShouldBe([4, 5, 6, 7]);
        building.Info.ShouldBe(building.Info with { Name = "catalog", Version = 1, Status = ReadModelStatus.Building, Shape = "catalog.v1", Position = Later, Events = 250, Bytes = 4 });
        (await Store.LoadActiveAsync("catalog")).ShouldBeNull();
    }

    [Fact]
    public async Task Activating_a_version_retires_the_previous_active_one()
    {
        var first = await Store.BeginAsync("catalog", "catalog.v1");
        await Store.SaveAsync("catalog", first, Early, 1, [1]);
        await Store.ActivateAsync("catalog", first);
        var second = await Store.BeginAsync("catalog", "catalog.v2");
        await Store.SaveAsync("catalog", second, Later, 2, [2, 2]);

        (await Store.LoadActiveAsync("catalog"))!.Data.ShouldBe([1], "the old version serves until the new one is activated");
        await Store.ActivateAsync("catalog", second);

        var active = (await Store.LoadActiveAsync("catalog"))!;
        (active.Info.Version, active.Info.Shape).ShouldBe((2, "catalog.v2"));
        active.Data.ShouldBe([2, 2]);
        (await Store.LoadBuildingAsync("catalog")).ShouldBeNull();
        (await Store.ListAsync()).Select(r => (r.Version, r.Status)).ShouldBe([(1, ReadModelStatus.Retired), (2, ReadModelStatus.Active)]);
    }

    [Fact]
    public async Task A_new_rebuild_retires_an_unfinished_one_which_can_then_neither_save_nor_activate()
    {
        var abandoned = await Store.BeginAsync("catalog", "catalog.v1");
        var current = await Store.BeginAsync("catalog", "catalog.v1");

        current.ShouldBe(abandoned + 1);
        (await Store.LoadBuildingAsync("catalog"))!.Info.Version.ShouldBe(current);
        (await Should.ThrowAsync<ReadModelConflictException>(() => Store.SaveAsync("catalog", abandoned, Early, 1, [1]))).Message.ShouldContain("retired");
        await Should.ThrowAsync<ReadModelConflictException>(() => Store.ActivateAsync("catalog", abandoned));
        await Should.ThrowAsync<ReadModelConflictException>(() => Store.ActivateAsync("catalog", 99));
    }

    [Fact]
    public async Task Read_models_are_kept_apart_by_name()
    {
        var a = await Store.BeginAsync("a", "a.v1");
        var b = await Store.BeginAsync("b", "b.v1");
        await Store.SaveAsync("a", a, Early, 1, [1]);
        await Store.ActivateAsync("a", a);

        (a, b).ShouldBe((1, 1));
        (await Store.LoadActiveAsync("b")).ShouldBeNull();
        (await Store.LoadBuildingAsync("b"))!.Data.ShouldBeEmpty();
        (await Store.ListAsync()).Select(r => (r.Name, r.Status)).ShouldBe([("a", ReadModelStatus.Active), ("b", ReadModelStatus.Building)]);
    }
}

public sealed class InMemoryReadModelStoreContractTests : ReadModelStoreContract
{
    protected override Task<IReadModelStore> CreateStoreAsync() => Task.FromResult<IReadModelStore>(new InMemoryReadModelStore());
}

public sealed class PostgresReadModelStoreContractTests : ReadModelStoreContract
{
    protected override async Task<IReadModelStore> CreateStoreAsync()
    {
        var store = new PostgresReadModelStore(new PostgresReadModelStoreOptions { ConnectionString = TestPostgres.ConnectionString, Schema = TestPostgres.NewSchemaName() });
        await store.InitializeAsync();
        return store;
    }
}
