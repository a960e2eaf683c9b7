namespace Olympics.Orleans.Silo.Tests.Simulation;

/// <summary>A clock that moves only when told: timers fire during <see cref="Advance"/>, so no test waits on real time.</summary>
internal sealed class ManualTime : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<Timer> _timers = [];
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_lock)
        {
            return _ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch.AddTicks(GetTimestamp());

    /// <summary>Completes when a timer is waiting (created since the last call).</summary>
    public Task NextTimer()
    {
        lock (_lock)
        {
            return _timers.Count > 0 ? Task.CompletedTask : _timerCreated.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<Timer> due;
        lock (_lock)
        {
            _ticks += by.Ticks;
            due = _timers.Where(t => t.DueAt <= _ticks).ToList();
            _timers.RemoveAll(due.Contains);
        }

        due.ForEach(t => t.Fire());
    }

    private void Schedule(Timer timer, bool waiting)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (waiting)
            {
                _timers.Add(timer);
                (var created, _timerCreated) = (_timerCreated, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                created.TrySetResult();
            }
        }
    }

    private sealed class Timer(ManualTime time, TimerCallback callback, object? state) : ITimer
    {
        public long DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueAt = time.GetTimestamp() + dueTime.Ticks;
            time.Schedule(this, dueTime != Timeout.InfiniteTimeSpan);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => time.Schedule(this, waiting: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
