using System.Collections.Concurrent;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Silo.Simulation;

/// <summary>
/// Posts a plan to a silo's <c>POST /odf/messages</c> as the venues' ODF transport would: the plan's relative timing at a
/// speed factor, bounded concurrency, a document's messages in order, and re-posting every few seconds until a 200.
/// Loopback only: it is a test and demo tool, never pointed at someone else's server.
/// </summary>
public sealed class OdfPlayer
{
    private readonly HttpClient _http;
    private readonly Func<string, string?> _keyOf;
    private readonly PlayerOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<PlayerAnswer> _answers = new();
    private readonly ConcurrentQueue<PlayerFailure> _failures = new();
    private int _done;
    private int _played;

    /// <param name="http">A client whose BaseAddress is the silo, on a loopback address.</param>
    /// <param name="keyOf">The X-API-KEY of a source; null when there is none (its messages fail).</param>
    public OdfPlayer(HttpClient http, Func<string, string?> keyOf, PlayerOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.BaseAddress is not { IsLoopback: true })
        {
            throw new ArgumentException($"The simulator posts to loopback addresses only, not '{http.BaseAddress}'.", nameof(http));
        }

        (_http, _keyOf, _options, _time) = (http, keyOf, options, time);
    }

    /// <summary>Posts every message of <paramref name="plan"/> once due; completes when each is answered 200 or failed.</summary>
    public async Task<PlayerReport> PlayAsync(SimulationPlan plan, IProgress<PlayerProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Interlocked.Exchange(ref _played, 1) == 1)
        {
            throw new InvalidOperationException("A player plays one plan: its report counts that plan's messages. Make another player.");
        }

        var started = _time.GetTimestamp();
        var latest = new Dictionary<string, Task>(StringComparer.Ordinal);
        var sends = new List<Task>(plan.Messages.Count);
        using var slots = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
        foreach (var message in plan.Messages)
        {
            if (_options.Speed > 0 && (message.At / _options.Speed) - _time.GetElapsedTime(started) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, _time, ct);
            }

            await slots.WaitAsync(ct);
            var send = SendAfterAsync(latest.GetValueOrDefault(message.DocumentKey, Task.CompletedTask), message, slots, plan.Messages.Count, progress, ct);
            latest[message.DocumentKey] = send;
            sends.Add(send);
        }

        await Task.WhenAll(sends);
        return new PlayerReport(plan.Messages.Count, [.. _answers.OrderBy(a => a.Message.At)], [.. _failures.OrderBy(f => f.Message.At)]);
    }

    private async Task SendAfterAsync(Task previous, PlannedMessage message, SemaphoreSlim slots, int total, IProgress<PlayerProgress>? progress, CancellationToken ct)
    {
        try
        {
            await previous;
            await SendAsync(message, ct);
        }
        finally
        {
            slots.Release();
        }

        progress?.Report(new PlayerProgress(Interlocked.Increment(ref _done), total, _failures.Count));
    }

    private async Task SendAsync(PlannedMessage message, CancellationToken ct)
    {
        if (_keyOf(message.Source) is not { } key)
        {
            _failures.Enqueue(new PlayerFailure(message, $"No API key for source '{message.Source}'.", 0));
            return;
        }

        var body = _options.Gzip ? OdfPost.Gzip(message.Body.Span) : message.Body.ToArray();
        var reason = "";
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(_options.RetryEvery, _time, ct);
            }

            try
            {
                using var request = OdfPost.Request(body, key, _options.Gzip);
                using var response = await _http.SendAsync(request, ct);
                var text = await response.Content.ReadAsStringAsync(ct);
                if (response.IsSuccessStatusCode && (int)response.StatusCode == 200)
                {
                    _answers.Enqueue(new PlayerAnswer(message, OdfPost.Outcome(text), attempt));
                    return;
                }

                reason = $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}";
            }
            catch (HttpRequestException e)
            {
                reason = e.Message;
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                // The client's timeout, not ours: a failed attempt like any other.
                reason = $"no answer: {e.Message}";
            }
        }

        _failures.Enqueue(new PlayerFailure(message, reason, _options.MaxAttempts));
    }
}
