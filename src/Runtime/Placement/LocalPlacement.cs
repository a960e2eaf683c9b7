using Microsoft.Extensions.Options;

namespace Olympics.Orleans.Runtime.Placement;

/// <summary>Places every grain on the local silo: the default for a single-silo deployment.</summary>
public sealed class LocalPlacement(IOptions<GrainRuntimeOptions> options) : IGrainPlacement
{
    private readonly SiloAddress _local = options.Value.LocalSilo;

    /// <inheritdoc />
    public SiloAddress Place(GrainId grainId) => _local;
}
