using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.Channels;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>
/// Imports accreditations from the generator's CSV (<see cref="AccreditationCsv"/>). Each good row becomes a new stream
/// "accreditation-NNNNNNNN" holding one <see cref="AccreditationImported"/> event (approved, card 1 issued). The file is
/// streamed; batches of <see cref="BatchSize"/> rows go through <see cref="IEventStore.BulkAppendAsync"/>, two at a
/// time. Rows whose stream exists already are skipped and counted, so importing a file again writes nothing.
/// </summary>
public sealed class AccreditationImporter(IEventStore store, EventSerializer serializer, TimeProvider time)
{
    /// <summary>Rows per bulk append.</summary>
    public const int BatchSize = 10_000;

    private const int Writers = 2;
    private const int MaxRaceRetries = 3;

    /// <summary>Imports a CSV stream; bad rows are reported, good rows imported.</summary>
    /// <exception cref="InvalidCommandException">The header is not <see cref="AccreditationCsv.Header"/> (field "header").</exception>
    public async Task<ImportReport> ImportAsync(Stream csv, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var tally = new ImportTally();
        var batches = Channel.CreateBounded<List<StreamImport>>(new BoundedChannelOptions(1) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task[] work =
        [
            Guard(() => ReadAsync(csv, batches.Writer, tally, stop.Token), stop, batches.Writer),
            .. Enumerable.Range(0, Writers).Select(_ => Guard(() => WriteAsync(batches.Reader, tally, progress, stop.Token), stop, batches.Writer)),
        ];
        try
        {
            await Task.WhenAll(work);
        }
        catch
        {
            // The first real failure, not the cancellations it caused in the other tasks.
            var failure = work.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }

        progress?.Report(tally.Progress());
        return tally.Report();
    }

    private static async Task Guard(Func<Task> run, CancellationTokenSource stop, ChannelWriter<List<StreamImport>> batches)
    {
        try
        {
            await Task.Run(run);
        }
        catch
        {
            await stop.CancelAsync();
            batches.TryComplete();
            throw;
        }
    }

    private async Task ReadAsync(Stream csv, ChannelWriter<List<StreamImport>> batches, ImportTally tally, CancellationToken ct)
    {
        using var text = new StreamReader(csv, Encoding.UTF8, true, 1 << 16, leaveOpen: true);
        var records = new CsvRecordReader(text);
        if (!await records.ReadAsync(ct) || !AccreditationCsv.IsHeader(records.Fields))
        {
            throw new InvalidCommandException("header", $"The first line must be exactly: {AccreditationCsv.Header}");
        }

        var rows = new ImportRows(serializer, Metadata(), time.GetUtcNow(), tally);
        var batch = new List<StreamImport>(BatchSize);
        while (await records.ReadAsync(ct))
        {
            if (rows.Add(records, batch) && batch.Count == BatchSize)
            {
                await batches.WriteAsync(batch, ct);
                batch = new List<StreamImport>(BatchSize);
            }
        }

        if (batch.Count > 0)
        {
            await batches.WriteAsync(batch, ct);
        }

        batches.Complete();
    }

    private async Task WriteAsync(ChannelReader<List<StreamImport>> batches, ImportTally tally, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await foreach (var batch in batches.ReadAllAsync(ct))
        {
            // A fresh import is the common case: append first, and only when a stream exists look for the ones that do
            // and skip them (a bulk append writes all or nothing). Tried again when another import raced in between.
            var fresh = batch;
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    if (fresh.Count > 0)
                    {
                        await store.BulkAppendAsync(fresh, ct);
                    }

                    break;
                }
                catch (ConcurrencyException) when (attempt < MaxRaceRetries)
                {
                    var existing = await store.FindExistingStreamsAsync([.. fresh.Select(s => s.StreamId)], ct);
                    fresh = [.. fresh.Where(s => !existing.Contains(s.StreamId))];
                }
            }

            tally.Stored(fresh.Count, batch.Count - fresh.Count);
            progress?.Report(tally.Progress());
        }
    }

    private static EventMetadata Metadata()
    {
        var traceId = Activity.Current?.TraceId.ToHexString();
        return new EventMetadata(traceId ?? Guid.CreateVersion7().ToString("N"), Activity.Current?.SpanId.ToHexString(), ActorContext.Current, traceId);
    }
}
