namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface IGuidGrain : IGrainWithGuidKey
{
    Task<Guid> GetKey();
}

public sealed class GuidGrain : Grain, IGuidGrain
{
    public Task<Guid> GetKey() => Task.FromResult(GetPrimaryKey());
}

/// <summary>Has no grain class on purpose.</summary>
public interface IUnregisteredGrain : IGrainWithStringKey
{
    Task Ping();
}
