using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>The last applied position, and the callers waiting for it to pass a given one.</summary>
internal sealed class PositionWaiters
{
    private readonly Lock _gate = new();
    private readonly List<(GlobalPosition Target, TaskCompletionSource Done)> _waiting = [];
    private GlobalPosition _position = GlobalPosition.Start;

    public GlobalPosition Position
    {
        get
        {
            lock (_gate)
            {
                return _position;
            }
        }
    }

    public Task WaitAsync(GlobalPosition target, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_position >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((target, done));
            return done.Task.WaitAsync(ct);
        }
    }

    public void Advance(GlobalPosition position)
    {
        lock (_gate)
        {
            _position = position;
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Target <= position)
                {
                    _waiting[i].Done.TrySetResult();
                    _waiting.RemoveAt(i);
                }
            }
        }
    }
}
