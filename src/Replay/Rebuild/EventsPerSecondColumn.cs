using Spectre.Console;
using Spectre.Console.Rendering;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>A progress column with the task's rate in events per second.</summary>
internal sealed class EventsPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? $"{speed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} events/s" : "", Style.Plain);
}
