namespace Olympics.Orleans.Runtime.Placement;

/// <summary>Decides which silo hosts a grain. Called on every grain call, so it must be cheap.</summary>
public interface IGrainPlacement
{
    /// <summary>The silo that hosts (or will activate) the grain.</summary>
    SiloAddress Place(GrainId grainId);
}
