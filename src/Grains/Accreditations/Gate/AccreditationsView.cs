using System.Collections.Concurrent;
using System.Globalization;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Accreditations.Gate;

/// <summary>
/// Every accreditation as a compact <see cref="GateEntry"/>, fed from the "accreditation" category: serves gate checks
/// and lists without activating grains. Entries are immutable and swapped whole, so a check never sees half an event.
/// </summary>
public sealed class AccreditationsView : Projection, IPersistentProjection
{
    private readonly ConcurrentDictionary<int, GateEntry> _entries = new(Environment.ProcessorCount, 1 << 16);

    /// <inheritdoc />
    public override string Name => "accreditations";

    /// <inheritdoc />
    public override string? Category => AccreditationGrain.Category;

    /// <inheritdoc />
    public string Shape => "accreditations.v1";

    /// <summary>How many accreditations the view holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The entry of an accreditation number, or null.</summary>
    public GateEntry? Find(int number) => _entries.TryGetValue(number, out var entry) ? entry : null;

    /// <summary>May <paramref name="scanned"/> enter <paramref name="venue"/> (zone <paramref name="zone"/>, null for the venue itself) at
    /// <paramref name="at"/>? Validity days are read in <paramref name="venueZone"/>, the venue's time zone.</summary>
    public GateDecision Check(CardReference scanned, string venue, int? zone, DateTimeOffset at, TimeZoneInfo? venueZone = null) =>
        GateRules.Check(Find(scanned.Number), scanned.Card, venue, zone, at, venueZone);

    /// <summary>Accreditations by number, optionally of one category and status.</summary>
    public ResultPage<AccreditationSummary> List(AccreditationCategory? category, AccreditationStatus? status, int page, int pageSize)
    {
        var entries = ResultPage.Of(
            _entries.Values.Where(e => (category is null || e.Category == category) && (status is null || e.Status == status)).OrderBy(e => e.Number),
            page,
            pageSize);
        return new ResultPage<AccreditationSummary>([.. entries.Items.Select(e => e.ToSummary())], entries.Page, entries.PageSize, entries.Total);
    }

    /// <summary>Adds or replaces an entry directly, for loading a view without a store (benchmarks).</summary>
    public void Put(GateEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[entry.Number] = entry;
    }

    /// <inheritdoc />
    public void Save(Stream destination) => GateEntryFormat.Write(destination, _entries.Values.OrderBy(e => e.Number));

    /// <inheritdoc />
    public void Load(Stream source)
    {
        foreach (var entry in GateEntryFormat.Read(source))
        {
            _entries[entry.Number] = entry;
        }
    }

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not IAccreditationEvent @event)
        {
            return;
        }

        var number = int.Parse(stored.StreamId.AsSpan(AccreditationGrain.Category.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        _entries[number] = GateEntry.Evolve(Find(number), @event);
    }
}
