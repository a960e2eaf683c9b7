namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls the grain named first in <paramref name="path"/> with the rest, and returns the path taken.</summary>
    Task<string> Chain(string[] path);
}

public sealed class ChainGrain : Grain, IChainGrain
{
    public async Task<string> Chain(string[] path)
    {
        if (path.Length == 0)
        {
            return GetPrimaryKeyString();
        }

        var rest = await GrainFactory.GetGrain<IChainGrain>(path[0]).Chain(path[1..]);
        return $"{GetPrimaryKeyString()}>{rest}";
    }
}
