using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// The refusals the ODF apply process recorded (<see cref="OdfApplyRefused"/> in its checkpoint stream), for the
/// operators: by document (the admin document view) and by time (<c>GET /admin/odf/refusals</c>). Every silo keeps it,
/// whichever runs the process. Memory is bounded: the <see cref="Kept"/> most recent refusals, and the
/// <see cref="KeptPerDocument"/> most recent of each document with its count; the stream keeps them all.
/// </summary>
public sealed class OdfRefusals : Projection
{
    /// <summary>How many of the most recent refusals are listed by time.</summary>
    public const int Kept = 10_000;

    /// <summary>How many of the most recent refusals of one document are kept with it.</summary>
    public const int KeptPerDocument = 20;

    private readonly Lock _lock = new();
    private readonly Queue<OdfRefusalView> _recent = new();
    private readonly Dictionary<string, (int Count, Queue<OdfRefusalView> Latest)> _byDocument = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "odf-refusals";

    /// <inheritdoc />
    public override string? Category => "process";

    /// <summary>How many refusals of the document were recorded, and the latest of them, oldest first.</summary>
    public (int Count, IReadOnlyList<OdfRefusalView> Latest) Of(string documentKey)
    {
        lock (_lock)
        {
            return _byDocument.TryGetValue(documentKey, out var entry) ? (entry.Count, [.. entry.Latest]) : (0, []);
        }
    }

    /// <summary>One page of the refusals recorded at or after <paramref name="since"/> (all kept when null), oldest first.</summary>
    public ResultPage<OdfRefusalView> Since(DateTimeOffset? since, int page, int pageSize)
    {
        lock (_lock)
        {
            return ResultPage.Of(_recent.Where(r => since is null || r.RecordedAt >= since), page, pageSize);
        }
    }

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not OdfApplyRefused refused)
        {
            return;
        }

        var view = new OdfRefusalView(refused.DocumentKey, refused.Version, refused.DocumentType, refused.Reason, refused.At, stored.Timestamp);
        lock (_lock)
        {
            Add(_recent, view, Kept);
            var (count, latest) = _byDocument.TryGetValue(refused.DocumentKey, out var entry) ? entry : (0, new Queue<OdfRefusalView>());
            Add(latest, view, KeptPerDocument);
            _byDocument[refused.DocumentKey] = (count + 1, latest);
        }
    }

    private static void Add(Queue<OdfRefusalView> queue, OdfRefusalView view, int most)
    {
        queue.Enqueue(view);
        if (queue.Count > most)
        {
            queue.Dequeue();
        }
    }
}
