namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// How many plans a silo solves at once (setting <c>Rostering:ConcurrentPlans</c>, 1 by default): a solve takes every
/// core it is given for up to minutes, so a second one waits for the first instead of halving both.
/// </summary>
public sealed class SolverSlots(int count, int workers) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(count, count);

    /// <summary>Search threads of one solve (setting <c>Rostering:SolverWorkers</c>).</summary>
    public int Workers { get; } = workers;

    public Task WaitAsync(CancellationToken ct) => _slots.WaitAsync(ct);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
