using System.Diagnostics;
using System.Threading.Channels;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>
/// Folds the history of one read model's category into a new instance with the projection's own Apply, beside the
/// live read models (which it never touches), saving a building checkpoint now and then and on cancellation, and
/// activating the new version once a page comes back empty at the head. Three stages run side by side so reading
/// (PostgreSQL), deserializing and applying overlap: pages flow through two small bounded channels.
/// </summary>
internal sealed class ReadModelRebuild(IEventStore events, IReadModelStore readModels, EventSerializer serializer, RebuildSettings settings)
{
    /// <summary>Called after each page is applied with the number of events the read model holds so far.</summary>
    public Action<long>? Applied { get; init; }

    /// <summary>Called once the starting point is known: the events already folded (resumed) and the position to read after.</summary>
    public Func<long, GlobalPosition, Task>? Started { get; init; }

    public async Task<RebuildOutcome> RunAsync(Projection projection, bool resume, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var persistent = (IPersistentProjection)projection;
        var clock = Stopwatch.StartNew();
        var (version, folded) = await StartAsync(projection, persistent, resume, ct);
        if (version == 0)
        {
            return new(projection.Name, (await readModels.LoadActiveAsync(projection.Name, ct))!.Info.Version, RebuildResult.UpToDate, 0, 0, projection.Position, clock.Elapsed);
        }

        if (Started is not null)
        {
            await Started(folded, projection.Position);
        }

        var start = folded;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var raw = Channel.CreateBounded<List<StoredEvent>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var decoded = Channel.CreateBounded<(List<StoredEvent> Page, object?[] Data)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(projection.Category, projection.Position, raw.Writer, stop.Token), CancellationToken.None);
        var decoding = Task.Run(() => DecodeAsync(raw.Reader, decoded.Writer, stop.Token), CancellationToken.None);
        var saved = (Events: folded, At: clock.Elapsed);
        try
        {
            await foreach (var (page, data) in decoded.Reader.ReadAllAsync(stop.Token))
            {
                for (var i = 0; i < page.Count; i++)
                {
                    projection.ApplyEvent(page[i], data[i]);
                }

                folded += page.Count;
                Applied?.Invoke(folded);
                if (folded - saved.Events >= settings.CheckpointEvery || clock.Elapsed - saved.At >= settings.Interval)
                {
                    await SaveAsync(projection, persistent, version, folded, ct);
                    saved = (folded, clock.Elapsed);
                }
            }

            await Task.WhenAll(reading, decoding);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Every page is applied whole, so the state is exactly that of the last applied position: save it.
            await stop.CancelAsync();
            await Task.WhenAll(reading, decoding).ContinueWith(_ => { }, TaskScheduler.Default);
            await SaveAsync(projection, persistent, version, folded, CancellationToken.None);
            return new(projection.Name, version, RebuildResult.Interrupted, folded, folded - start, projection.Position, clock.Elapsed);
        }
        finally
        {
            await stop.CancelAsync();
        }

        await SaveAsync(projection, persistent, version, folded, ct);
        await readModels.ActivateAsync(projection.Name, version, ct);
        return new(projection.Name, version, RebuildResult.Activated, folded, folded - start, projection.Position, clock.Elapsed);
    }

    // The version to fill and the events it holds: the newest building one when resuming, else a new one; version 0
    // when --resume has nothing to continue and the active version already has this code's shape.
    private async Task<(int Version, long Events)> StartAsync(Projection projection, IPersistentProjection persistent, bool resume, CancellationToken ct)
    {
        if (resume && await readModels.LoadBuildingAsync(projection.Name, ct) is { } building)
        {
            if (building.Info.Shape != persistent.Shape)
            {
                throw new ReplayUsageException("resume",
                    $"{projection.Name} version {building.Info.Version} was built with shape {building.Info.Shape}, this build has {persistent.Shape}: run without --resume.");
            }

            if (building.Data.Length > 0)
            {
                ProjectionCheckpoints.Load(projection, building.Data, building.Info.Position);
            }

            return (building.Info.Version, building.Info.Events);
        }

        if (resume && await readModels.LoadActiveAsync(projection.Name, ct) is { } active && active.Info.Shape == persistent.Shape)
        {
            return (0, 0);
        }

        return (await readModels.BeginAsync(projection.Name, persistent.Shape, ct), 0);
    }

    private async Task SaveAsync(Projection projection, IPersistentProjection persistent, int version, long folded, CancellationToken ct) =>
        await readModels.SaveAsync(projection.Name, version, projection.Position, folded, ProjectionCheckpoints.Save(persistent), ct);

    private async Task ReadAsync(string? category, GlobalPosition after, ChannelWriter<List<StoredEvent>> pages, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var page = new List<StoredEvent>(settings.PageSize);
                await foreach (var stored in events.ReadAllAsync(new ReadAllOptions(after, category, settings.PageSize), ct))
                {
                    page.Add(stored);
                }

                if (page.Count == 0)
                {
                    break; // Caught up: nothing committed after the last page.
                }

                after = page[^1].Position;
                await pages.WriteAsync(page, ct);
            }

            pages.Complete();
        }
        catch (Exception e)
        {
            pages.Complete(e);
        }
    }

    private async Task DecodeAsync(ChannelReader<List<StoredEvent>> pages, ChannelWriter<(List<StoredEvent>, object?[])> decoded, CancellationToken ct)
    {
        try
        {
            await foreach (var page in pages.ReadAllAsync(ct))
            {
                var data = new object?[page.Count];
                for (var i = 0; i < page.Count; i++)
                {
                    data[i] = ProjectionEvents.TryDeserialize(serializer, page[i]);
                }

                await decoded.WriteAsync((page, data), ct);
            }

            decoded.Complete();
        }
        catch (Exception e)
        {
            decoded.Complete(e);
        }
    }
}
