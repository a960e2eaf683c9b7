using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>Recognises the ways Marten reports that a stream was not at the expected version.</summary>
internal static class MartenConflicts
{
    public static bool IsConflict(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // EventStreamUnexpectedMaxEventIdException, ExistingStreamIdCollisionException and Marten's
                // ConcurrencyException all derive from JasperFx's.
                case JasperFx.ConcurrencyException:
                case JasperFx.Events.ExistingStreamIdCollisionException:
                // Two writers creating one stream at once: the loser's insert into mt_streams fails.
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                    return true;
            }
        }

        return false;
    }
}
