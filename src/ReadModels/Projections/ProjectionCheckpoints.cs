using System.IO.Compression;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// A persistent projection's state as stored in a read-model checkpoint: what <see cref="IPersistentProjection.Save"/>
/// writes, gzip-compressed (fastest level: the JSON shrinks several times for little CPU). Deterministic: the same
/// state gives the same bytes.
/// </summary>
public static class ProjectionCheckpoints
{
    /// <summary>The projection's state, compressed.</summary>
    public static byte[] Save(IPersistentProjection projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            projection.Save(zip);
        }

        return buffer.ToArray();
    }

    /// <summary>Loads a state made by <see cref="Save"/> into a projection that has applied nothing yet, and puts it at <paramref name="position"/>.</summary>
    public static void Load(Projection projection, byte[] data, GlobalPosition position)
    {
        ArgumentNullException.ThrowIfNull(projection);
        if (projection is not IPersistentProjection persistent)
        {
            throw new ArgumentException($"Projection {projection.Name} cannot load a saved state.", nameof(projection));
        }

        if (projection.Position != GlobalPosition.Start)
        {
            throw new InvalidOperationException($"Projection {projection.Name} has applied events already: load a checkpoint only into a new one.");
        }

        using (var zip = new GZipStream(new MemoryStream(data, writable: false), CompressionMode.Decompress))
        {
            persistent.Load(zip);
        }

        projection.Restored(position);
    }
}
