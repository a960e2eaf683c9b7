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

    // Appends stream by stream and takes each appended stream's records out of the batch, so a retry after a failure
    // part-way appends only the rest. The append is never cancelled half-way: the outcome must be known.
    private async Task AppendAsync()
    {
        foreach (var group in _batch.GroupBy(r => StreamOf(SiloInstance, r.DeliveredAt)).ToList())
        {
            var stream = group.Key;
            var events = group.Select(r => serializer.Serialize(r)).Select(e => EventData.Create(e.Type, e.Data)).ToList();
            var expected = _versions.GetValueOrDefault(stream);
            try
            {
                _versions[stream] = (await store.AppendAsync(stream, expected, events, CancellationToken.None)).StreamVersion;
            }
            catch (ConcurrencyException e) when (e.ActualVersion >= expected + events.Count)
            {
                // This instance is the stream's only writer: an earlier attempt whose answer was lost did commit.
                _versions[stream] = e.ActualVersion;
            }

            FeedTelemetry.DeliveriesRecorded.Add(events.Count);
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
