namespace Olympics.Orleans.EventStore.Marten;

/// <summary>A snapshot as a Marten document: one per stream and version, so saving a version again replaces it.</summary>
internal sealed class SnapshotDocument
{
    public string Id { get; set; } = "";

    public string StreamId { get; set; } = "";

    public long Version { get; set; }

    public string Type { get; set; } = "";

    public string Data { get; set; } = "";

    public static string IdFor(string streamId, long version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{streamId}@{version:D19}");
}
