namespace Olympics.Orleans.Replay.Audit;

/// <summary>Writes audit rows one at a time as they are read: nothing holds the history.</summary>
internal interface IAuditWriter
{
    void Write(AuditRow row);

    /// <summary>Writes whatever a format keeps for the end (the last table); called once after the last row.</summary>
    void Complete();
}
