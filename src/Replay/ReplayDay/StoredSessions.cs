using Microsoft.Extensions.Logging.Abstractions;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>
/// The sessions of ODF documents as the feeds see them: the silo's own <see cref="SessionCatalog"/>, folded from the
/// "session" category up to its end by the projection host, and the feeds' rule (<see cref="FeedDocumentSessions"/>).
/// Memory is bounded by the number of sessions and units, never by the history.
/// </summary>
internal sealed class StoredSessions(SessionCatalog catalog)
{
    public SessionCatalog Catalog { get; } = catalog;

    public FeedDocumentSessions Rule { get; } = new(catalog);

    /// <summary>The session codes of the document with this key (competition|code|subcode|type|subtype|language).</summary>
    public string[] OfKey(string documentKey)
    {
        var parts = documentKey.Split(OdfDocumentKey.Separator);
        return parts.Length == 6
            ? Rule.Of(new OdfHeader(parts[0], parts[1], NullIfEmpty(parts[2]), parts[3], NullIfEmpty(parts[4]), 0, null, NullIfEmpty(parts[5]), "P", default, default, default, ""))
            : [];
    }

    public static async Task<StoredSessions> LoadAsync(IEventStore store, EventSerializer serializer, CancellationToken ct)
    {
        var catalog = new SessionCatalog();
        var end = await store.GetLastPositionAsync(catalog.Category!, ct);
        using var host = new ProjectionHost([catalog], store, serializer, NullLogger<ProjectionHost>.Instance);
        await host.StartAsync(ct);
        try
        {
            // A projection that cannot apply an event stops without reaching the end: look at its fault while waiting.
            var caughtUp = catalog.WaitForAsync(end, ct);
            while (!caughtUp.IsCompleted && catalog.Fault is null)
            {
                await Task.WhenAny(caughtUp, Task.Delay(TimeSpan.FromMilliseconds(100), ct));
            }

            await (catalog.Fault is null ? caughtUp : Task.CompletedTask);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return catalog.Fault is { } fault ? throw new InvalidOperationException("The session catalog could not be folded.", fault) : new StoredSessions(catalog);
    }

    private static string? NullIfEmpty(string part) => part.Length == 0 ? null : part;
}
