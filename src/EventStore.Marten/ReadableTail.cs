using System.Collections.Concurrent;
using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// How far followers may read: the highest sequence below which every sequence is committed or known dead. From the
/// bound already known (or Marten's high-water mark, when higher) it extends over the run of consecutive sequences
/// above it: sequence numbers are unique, so a run without a gap holds only committed events and nothing can land in
/// it later. A gap (an append still open, or rolled back) ends the run until the append commits or Marten's
/// high-water agent declares the gap dead and moves the mark past it. One refresh serves every follower in the
/// process, and a follower of one category is woken only when events of that category became readable.
/// </summary>
internal sealed partial class ReadableTail(NpgsqlDataSource dataSource, string schema, TimeSpan pollInterval, string? listenConnection = null)
    : IAsyncDisposable
{
    private const int ScanSize = 10_000;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly CommitSignal _wakeups = new();
    private readonly CommitSignal _any = new();
    private readonly ConcurrentDictionary<string, CommitSignal> _categories = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _starting = new();
    private Task? _following;
    private Task? _listening;
    private long _bound;

    /// <summary>The bound last found: every sequence up to it is committed or dead.</summary>
    public long Bound => Interlocked.Read(ref _bound);

    /// <summary>Something may have become readable (a commit of this process, the high-water mark moved).</summary>
    public void Wake() => _wakeups.Notify();

    /// <summary>The signal a follower of <paramref name="category"/> (every category when null) waits on.</summary>
    public CommitSignal SignalFor(string? category) =>
        category is null ? _any : _categories.GetOrAdd(category, _ => new CommitSignal());

    /// <summary>Keeps the bound fresh in the background from now on: on every wake-up, and every poll interval.</summary>
    public void Follow()
    {
        lock (_starting)
        {
            _following ??= Task.Run(() => FollowAsync(_stop.Token));
            if (listenConnection is not null)
            {
                _listening ??= Task.Run(() => ListenAsync(listenConnection, _stop.Token));
            }
        }
    }

    /// <summary>Reads the bound now (and wakes the followers it concerns).</summary>
    public async Task<long> RefreshAsync(CancellationToken ct)
    {
        await _refreshing.WaitAsync(ct);
        try
        {
            while (await ExtendAsync(ct))
            {
            }

            return Bound;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_following is not null)
        {
            await _following.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_listening is not null)
        {
            await _listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
        _refreshing.Dispose();
    }

    private async Task FollowAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var seen = _wakeups.Generation;
            try
            {
                await RefreshAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // The database is unreachable for now: the followers keep the bound they have, and the next poll tries again.
            }

            await _wakeups.WaitAsync(seen, pollInterval, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // One statement, so the mark and the events come from one snapshot. True when the scan was full and the run may go on.
    private async Task<bool> ExtendAsync(CancellationToken ct)
    {
        var known = Bound;
        await using var command = dataSource.CreateCommand(
            $"SELECT s.start, e.seq_id, e.stream_id FROM (SELECT greatest($1, (SELECT coalesce(max(last_seq_id), 0) "
            + $"FROM {schema}.mt_event_progression WHERE name = 'HighWaterMark')) AS start) s LEFT JOIN LATERAL ("
            + $"SELECT seq_id, stream_id FROM {schema}.mt_events WHERE seq_id > s.start ORDER BY seq_id LIMIT {ScanSize}) e ON true "
            + "ORDER BY e.seq_id");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = known });
        var (bound, scanned, run, categories) = (known, 0, 0, new HashSet<string>(StringComparer.Ordinal));
        var markPassed = false;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (scanned == 0)
                {
                    bound = reader.GetInt64(0);
                    markPassed = bound > known;
                }

                scanned++;
                if (reader.IsDBNull(1) || reader.GetInt64(1) != bound + 1)
                {
                    break;
                }

                (bound, run) = (bound + 1, run + 1);
                categories.Add(CategoryOf(reader.GetString(2)));
            }
        }

        if (bound > known)
        {
            Interlocked.Exchange(ref _bound, bound);
            Publish(markPassed ? null : categories);
        }

        return run == ScanSize;
    }

    // Null: the mark moved past events this process has not looked at, so every follower looks.
    private void Publish(HashSet<string>? categories)
    {
        foreach (var (category, signal) in _categories)
        {
            if (categories is null || categories.Contains(category))
            {
                signal.Notify();
            }
        }

        _any.Notify();
    }

    // A category is the stream id up to its first '-', as in the reads' category filter.
    internal static string CategoryOf(string streamId)
    {
        var dash = streamId.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? streamId : streamId[..dash];
    }
}
