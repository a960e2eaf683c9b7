using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>An import's counters: rows and rejections from the reader, stored and skipped from the writers.</summary>
internal sealed class ImportTally
{
    private readonly List<ImportRejection> _rejections = [];
    private long _rowsRead;
    private long _imported;
    private long _alreadyPresent;
    private long _rejected;

    public void RowRead() => Interlocked.Increment(ref _rowsRead);

    public void Rejected(long line, string field, string reason)
    {
        if (Interlocked.Increment(ref _rejected) <= ImportReport.MaxRejectionsListed)
        {
            _rejections.Add(new ImportRejection(line, field, reason));
        }
    }

    public void Stored(int imported, int alreadyPresent)
    {
        Interlocked.Add(ref _imported, imported);
        Interlocked.Add(ref _alreadyPresent, alreadyPresent);
    }

    public ImportProgress Progress() =>
        new(Interlocked.Read(ref _rowsRead), Interlocked.Read(ref _imported), Interlocked.Read(ref _alreadyPresent), Interlocked.Read(ref _rejected));

    // Called once the reader has finished, so the rejection list no longer changes.
    public ImportReport Report()
    {
        var p = Progress();
        return new ImportReport(p.RowsRead, p.Imported, p.AlreadyPresent, p.Rejected, [.. _rejections]);
    }
}
