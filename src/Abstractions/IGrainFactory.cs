namespace Olympics.Orleans;

/// <summary>Hands out references to grains. Callers never construct grains: the runtime activates them on first call.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain of type <typeparamref name="TGrainInterface"/> with the given key.</summary>
    /// <exception cref="ArgumentException">The key is empty or the interface has no grain class registered.</exception>
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;

    /// <summary>Returns a reference to the grain of type <typeparamref name="TGrainInterface"/> with the given key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey;
}
