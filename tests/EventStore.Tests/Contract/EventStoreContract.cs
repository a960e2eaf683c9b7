namespace Olympics.Orleans.EventStore.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IEventStore"/> must have. Each implementation runs the whole suite through a
/// subclass that says how to create a fresh, empty store.
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    protected IEventStore Store { get; private set; } = null!;

    protected abstract Task<IEventStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
