namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// Global positions on Marten: mt_events.seq_id, read only up to Marten's high-water mark. The port's
/// <see cref="GlobalPosition"/> carries it as the sequence with transaction id 0; a position with a transaction id
/// comes from the transaction-ordered PostgreSQL store (docs/adr/0002) and means nothing here.
/// </summary>
internal static class MartenPositions
{
    public static GlobalPosition From(long sequence) => new(0, sequence);

    public static long SequenceOf(GlobalPosition? position, string parameterName)
    {
        if (position is not { } p)
        {
            return 0;
        }

        if (p.TransactionId != 0)
        {
            throw new ArgumentException(
                $"Position '{p.ToToken()}' comes from the transaction-ordered event store, not from Marten: its order is "
                + "by transaction id and cannot be mapped to a Marten sequence. Resume from the start or from a position this store returned.",
                parameterName);
        }

        return p.Sequence;
    }
}
