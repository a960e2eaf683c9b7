namespace Olympics.Orleans.Grains.Processes;

/// <summary>
/// Decides which silo runs a process that must run once in the cluster (the ODF apply, the qualification process, the
/// push to partners). One silo alone leads everything; a cluster on PostgreSQL hands out leases there.
/// </summary>
public interface IProcessLeadership
{
    /// <summary>Waits until this silo leads <paramref name="process"/>; the lease says when it stops leading.</summary>
    Task<IProcessLease> AcquireAsync(string process, CancellationToken ct);
}

/// <summary>This silo's lead of one process, until <see cref="Lost"/> fires or it is disposed (which hands it back).</summary>
public interface IProcessLease : IAsyncDisposable
{
    /// <summary>Fires when this silo may no longer assume it leads (another silo may have taken over).</summary>
    CancellationToken Lost { get; }
}

/// <summary>A silo that is the whole cluster leads every process, for ever.</summary>
public sealed class SoleSiloLeadership : IProcessLeadership
{
    public Task<IProcessLease> AcquireAsync(string process, CancellationToken ct) => Task.FromResult<IProcessLease>(new Forever());

    private sealed class Forever : IProcessLease
    {
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
