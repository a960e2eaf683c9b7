using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The recorder's appends: batches taken from the queue, one append per hour stream.</summary>
public sealed partial class FeedDeliveryRecorder
{
    private bool Fill()
    {
        while (_batch.Count < settings.BatchSize && _queue.Reader.TryRead(out var record))
        {
            _batch.Add(record);
        }

        return _batch.Count > 0;
    }

    private async Task AppendWithRetriesAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await AppendAsync();
                return;
            }
            catch (Exception e)
            {
                LogAppendFailed(e, _batch.Count, _retry);
                await Task.Delay(_retry, time, ct);
            }
        }
    }

    // Appends stream by stream, each stream's records as one event, and takes each appended stream's records out of
    // the batch, so a retry after a failure part-way appends only the rest. The append is never cancelled half-way:
    // the outcome must be known. One event, not one per record: an append is a transaction, and until it commits no
    // reader of the store gets past it (see PostgresSql.ReadAll), so it has to be short. A thousand rows took
    // 80-130 ms on the benchmark machine and held back every CIS message stored meanwhile; one event of 250 records
    // takes about 5 ms there.
    private async Task AppendAsync()
    {
        foreach (var group in _batch.GroupBy(r => StreamOf(SiloInstance, r.DeliveredAt)).ToList())
        {
            var stream = group.Key;
            var records = group.ToList();
            var (type, data) = serializer.Serialize(new FeedDeliveriesRecorded(records));
            var expected = _versions.GetValueOrDefault(stream);
            try
            {
                _versions[stream] = (await store.AppendAsync(stream, expected, [EventData.Create(type, data)], CancellationToken.None)).StreamVersion;
            }
            catch (ConcurrencyException e) when (e.ActualVersion > expected)
            {
                // This instance is the stream's only writer: an earlier attempt whose answer was lost did commit.
                _versions[stream] = e.ActualVersion;
            }

            FeedTelemetry.DeliveriesRecorded.Add(records.Count);
            _batch.RemoveAll(r => StreamOf(SiloInstance, r.DeliveredAt) == stream);
        }
    }

    private void ReportDrops()
    {
        if (Interlocked.Exchange(ref _unreported, 0) is > 0 and var dropped)
        {
            LogDropped(dropped, Dropped);
        }
    }
}
