using System.CommandLine;
using System.Globalization;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary><c>state-at</c>: a grain's state as of a stream version or a point in time, folded with the aggregate's own Evolve.</summary>
internal static class StateAtCommand
{
    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var stream = new Argument<string>("stream-id") { Description = "The stream: " + string.Join(", ", StateAtAggregates.All.Select(a => $"{a.Category}-<key> ({a.Shows})")) + "." };
        var version = new Option<string?>("--version") { Description = "The state after this stream version (1 = after the first event)." };
        var at = new Option<string?>("--at") { Description = "The state as recorded at this time (storage time: what the store held then): 2024-08-04T19:43:10Z, 2024-08-04T21:43:10+02:00, or \"2024-08-04 21:43:10\" with --zone." };
        var competition = new Option<string?>("--competition-time") { Description = "The state as of this competition time: after the last event that happened at or before it by the venue's clock (the header time of the ODF message it came from, or the time the event carries). Same formats as --at." };
        var zone = new Option<string?>("--zone") { Description = Zones.Help };
        var format = new Option<string?>("--format") { Description = "table (default) or json (the view as the silo's API returns it, with the version)." };
        var command = new Command("state-at",
            "The state of a grain as of a stream version, a recorded (storage) time or a competition time (the latest without any). "
            + "Example: state-at session-BOX01 --competition-time \"2024-07-27 11:00\" --zone venue:NPA. " + ExitCodes.Help);
        command.Arguments.Add(stream);
        foreach (var option in new[] { version, at, competition, zone, format })
        {
            command.Options.Add(option);
        }

        store.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            var streamId = result.GetValue(stream)!.Trim();
            var output = Format(result.GetValue(format));
            var (versionText, zoneText) = (result.GetValue(version), result.GetValue(zone));
            var (atText, clock) = Moment(result.GetValue(at), result.GetValue(competition));
            if (versionText is not null && atText is not null)
            {
                throw new ReplayUsageException(clock, "give --version or a time, not both.");
            }

            if (zoneText is not null && atText is null)
            {
                throw new ReplayUsageException("zone", "--zone says where a local --at or --competition-time is; give one of them too.");
            }

            long? toVersion = versionText is null ? null
                : long.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v
                : throw new ReplayUsageException("version", $"'{versionText}' is not a stream version: a whole number from 1.");
            var aggregate = StateAtAggregates.For(streamId);
            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            var asOf = atText is null ? (DateTimeOffset?)null : Moments.Parse(clock, atText, await Zones.ResolveAsync(zoneText, replay, ct));
            var (last, streamVersion) = clock == "competition-time" && asOf is { } time
                ? await StateAtTarget.FindByCompetitionTimeAsync(replay.Events, replay.Serializer, streamId, time, ct)
                : await StateAtTarget.FindAsync(replay.Events, streamId, toVersion, asOf, ct);
            var folded = await aggregate.FoldAsync(replay.Events, replay.Serializer, streamId, last.StreamVersion, ct);
            await StateAtOutput.WriteAsync(console, output, StateAtOutput.Envelope(streamId, folded, last, streamVersion, asOf, clock));
            return ExitCodes.Ok;
        });
        return command;
    }

    // --at is the recorded (storage) time, --competition-time the time the events carry; one of them at most.
    private static (string? Text, string Clock) Moment(string? at, string? competition) => (at, competition) switch
    {
        ({ }, { }) => throw new ReplayUsageException("competition-time", "give --at (recorded time) or --competition-time, not both."),
        (null, { } text) => (text, "competition-time"),
        _ => (at, "at"),
    };

    private static string Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "table" => "table",
        "json" => "json",
        _ => throw new ReplayUsageException("format", $"'{format}' is not a format: table or json."),
    };
}
