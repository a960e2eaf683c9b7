namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>Where an import is, reported after each batch is stored.</summary>
/// <param name="RowsRead">Data rows read from the file so far.</param>
/// <param name="Imported">Accreditations stored so far.</param>
/// <param name="AlreadyPresent">Rows skipped because the accreditation exists already.</param>
/// <param name="Rejected">Rows refused so far.</param>
public sealed record ImportProgress(long RowsRead, long Imported, long AlreadyPresent, long Rejected);

/// <summary>A row the import refused.</summary>
/// <param name="Line">The line of the file where the row starts (the header is line 1).</param>
/// <param name="Field">The CSV column at fault ("row" when the row itself is malformed).</param>
/// <param name="Reason">Why.</param>
public sealed record ImportRejection(long Line, string Field, string Reason);

/// <summary>What an import did.</summary>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="Imported">Accreditations created.</param>
/// <param name="AlreadyPresent">Rows whose accreditation existed already (a re-import): nothing written.</param>
/// <param name="RejectedCount">Rows refused.</param>
/// <param name="Rejections">The first refused rows (at most <see cref="MaxRejectionsListed"/>), in file order.</param>
public sealed record ImportReport(long RowsRead, long Imported, long AlreadyPresent, long RejectedCount, IReadOnlyList<ImportRejection> Rejections)
{
    /// <summary>How many rejections a report lists; <see cref="RejectedCount"/> counts them all.</summary>
    public const int MaxRejectionsListed = 1000;
}
