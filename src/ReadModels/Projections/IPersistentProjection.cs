namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// A <see cref="Projection"/> whose state can be saved and loaded, so a silo starts from the checkpoint a rebuild
/// saved (docs/adr/0004-persisted-read-models.md) and folds only the events after it.
/// </summary>
public interface IPersistentProjection
{
    /// <summary>
    /// The form of the saved state and of the fold that made it, e.g. "session-catalog.v1". Bump it whenever the
    /// projection's Apply or state changes: a checkpoint of another shape is ignored and the read model is rebuilt.
    /// </summary>
    string Shape { get; }

    /// <summary>Writes the whole state; the same state always gives the same bytes (entries in key order).</summary>
    void Save(Stream destination);

    /// <summary>Replaces the state with one written by <see cref="Save"/>; called before any event is applied.</summary>
    void Load(Stream source);
}
