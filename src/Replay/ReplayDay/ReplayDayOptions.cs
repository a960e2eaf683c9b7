using System.CommandLine;
using System.Globalization;
using Olympics.Orleans.Silo.Simulation;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>The options of <c>replay-day</c> other than the store's, and their checks.</summary>
internal sealed class ReplayDayOptions
{
    private readonly Option<string?> _day = new("--day") { Description = "Logical day (ODF LogicalDate), yyyy-MM-dd; with --session, only that session's messages of the day." };
    private readonly Option<string?> _session = new("--session") { Description = "Session code (e.g. ATH01): the messages of its documents, by the feeds' rule." };
    private readonly Option<string?> _target = new("--target") { Description = "The silo to play into, on this machine (e.g. http://127.0.0.1:5080)." };
    private readonly Option<string?> _apiKey = new("--api-key") { Description = "One X-API-KEY for every source (the target configured with a rehearsal key)." };
    private readonly Option<string[]> _sourceKey = new("--source-key") { Description = "SOURCE=KEY, once per source (e.g. --source-key SEQ_ATH=k1 --source-key SEQ_SWM=k2)." };
    private readonly Option<double> _speed = new("--speed") { Description = "Stored seconds per second: 1 real time, 10 ten times faster, 0 full speed.", DefaultValueFactory = _ => 1 };
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "Most requests in flight (a document's messages stay in order).", DefaultValueFactory = _ => 8 };
    private readonly Option<int> _maxAttempts = new("--max-attempts") { Description = "Posts per message before it counts as failed.", DefaultValueFactory = _ => 12 };
    private readonly Option<double> _retryEvery = new("--retry-every") { Description = "Seconds between two posts of a message not answered 200.", DefaultValueFactory = _ => 5 };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _day, _session, _target, _apiKey, _sourceKey, _speed, _concurrency, _maxAttempts, _retryEvery })
        {
            command.Options.Add(option);
        }
    }

    /// <exception cref="ReplayUsageException">A malformed or missing value, or a target that is not on this machine.</exception>
    public (ReplaySelection Selection, Uri Target, ReplayKeys Keys, PlayerOptions Player) Resolve(ParseResult result)
    {
        DateOnly? day = result.GetValue(_day) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed : throw new ReplayUsageException("day", $"expected a date as yyyy-MM-dd, not '{text}'.")
            : null;
        var session = result.GetValue(_session) is { Length: > 0 } code ? code : null;
        if (day is null && session is null)
        {
            throw new ReplayUsageException("day", "give --day yyyy-MM-dd, --session CODE, or both.");
        }

        var target = result.GetValue(_target) is { } url
            ? Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.IsLoopback ? uri
                    : throw new ReplayUsageException("target", $"'{url}' is not on this machine: a replay posts to loopback silos only (127.0.0.1, localhost), never to someone else's server.")
                : throw new ReplayUsageException("target", $"expected an absolute http address such as http://127.0.0.1:5080, not '{url}'.")
            : throw new ReplayUsageException("target", "give the silo to play into, e.g. --target http://127.0.0.1:5080.");
        var player = new PlayerOptions(result.GetValue(_speed), result.GetValue(_concurrency), Gzip: true, result.GetValue(_retryEvery), result.GetValue(_maxAttempts));
        if (player.Speed < 0 || double.IsNaN(player.Speed) || player.Concurrency < 1 || player.MaxAttempts < 1 || player.RetryEverySeconds < 0)
        {
            throw new ReplayUsageException("speed", "--speed must be 0 or more, --concurrency and --max-attempts at least 1, --retry-every 0 or more.");
        }

        return (new ReplaySelection(day, session), target, ReplayKeys.From(result.GetValue(_apiKey), result.GetValue(_sourceKey)), player);
    }
}
