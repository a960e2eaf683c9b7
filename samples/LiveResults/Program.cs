// Prints live results as they arrive:
//   dotnet run --project samples/LiveResults -- --url http://localhost:5080 --key <feed consumer key> [--stream session/ATH01] [--after <token>]
// Ctrl+C stops; the last token printed resumes where it stopped (--after). The SDK reconnects by itself.
using System.Globalization;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts.Feeds;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

if (Arg("--key") is not { } key)
{
    Console.Error.WriteLine("usage: LiveResults --url http://localhost:5080 --key <feed consumer key> [--stream feed|session/ATH01|discipline/ATH] [--after <token>]");
    return 2;
}

if (!FeedStreamId.TryParse(Arg("--stream") ?? FeedStreamId.FeedNamespace, out var stream, out var reason))
{
    Console.Error.WriteLine($"--stream: {reason}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var client = new OlympicsClient(new OlympicsClientOptions { BaseAddress = new Uri(Arg("--url") ?? "http://localhost:5080"), ApiKey = key });

try
{
    await foreach (var result in client.SubscribeResultsAsync(stream, Arg("--after"), stop.Token))
    {
        // "+0.004 s" for a commentators' (CIS) key, "+2.001 s" for a media or web (FEED) key: the embargo at work.
        var m = result.Message;
        var received = DateTimeOffset.UtcNow;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{received.ToLocalTime():HH:mm:ss.fff}  +{(received - m.StoredAt).TotalSeconds:0.000} s after storage  {m.DocumentKey}  v{m.Version}  {(m.Withdrawn ? "WITHDRAWN" : m.ResultStatus ?? m.DocumentType)}  (token {result.Token})"));
    }
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // Ctrl+C.
}
catch (OlympicsApiException e)
{
    Console.Error.WriteLine($"The silo refused: {e.Message}");
    return 1;
}

return 0;
