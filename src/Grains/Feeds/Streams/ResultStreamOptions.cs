namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>How the results streams read the log and how each silo's hub checks them against it.</summary>
public sealed record ResultStreamOptions
{
    /// <summary>Queues the streams are spread over; Orleans' balancer spreads the queues' readers over the silos.</summary>
    public int Queues { get; init; } = 4;

    /// <summary>Messages each queue's reader keeps for subscribers (Orleans' cache; older positions come from the log).</summary>
    public int CacheSize { get; init; } = 4096;

    /// <summary>Messages a queue reads ahead of Orleans' pulling before it waits.</summary>
    public int ReadAhead { get; init; } = 10_000;

    /// <summary>
    /// How long a queue's reader waits for the log when it has nothing: a message committed meanwhile is handed over at
    /// once, not at the pulling agent's next timer tick.
    /// </summary>
    public TimeSpan ReceiveWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The pulling agents' timer period (Orleans' <c>GetQueueMsgsTimerPeriod</c>).</summary>
    public TimeSpan PullPeriod { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Messages of a stream the pulling agent hands a subscriber in one call when it has that many waiting (Orleans'
    /// <c>BatchContainerBatchSize</c>). One message a call, Orleans' default, bounds a subscriber on another silo to one
    /// message per round trip: on a starved machine that was below 100 msg/s, and the hub fell behind.
    /// </summary>
    public int DeliveryBatch { get; init; } = 100;

    /// <summary>
    /// How long a stream may go without a message before its pulling agent forgets its subscribers, to look them up
    /// again at the next message (Orleans' <c>StreamInactivityPeriod</c>).
    /// </summary>
    public TimeSpan InactivityPeriod { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A hub that has received nothing for this long compares its position with the log and reads what the stream did
    /// not bring; a stream that brought nothing at two checks in a row while the log grew is subscribed again.
    /// </summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(1);
}
