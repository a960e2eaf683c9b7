using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>Turns CSV records into streams to import, rejecting bad rows and numbers already seen in the file.</summary>
internal sealed class ImportRows(EventSerializer serializer, EventMetadata metadata, DateTimeOffset at, ImportTally tally)
{
    private const string Reason = "bulk import";

    private readonly Dictionary<string, long> _lineOfNumber = new(StringComparer.Ordinal);
    private readonly string _type = serializer.NameOf(typeof(AccreditationImported));
    private readonly ImportedJson _json = new();

    /// <summary>Adds the record to <paramref name="batch"/> when it is good; false when it was rejected.</summary>
    public bool Add(CsvRecordReader record, List<StreamImport> batch)
    {
        tally.RowRead();
        if (record.Error is { } error)
        {
            tally.Rejected(record.Line, "row", error);
            return false;
        }

        AccreditationImported imported;
        try
        {
            imported = AccreditationCsv.Parse(record.Fields, Reason, at);
        }
        catch (InvalidCommandException e)
        {
            tally.Rejected(record.Line, e.Field, e.Reason);
            return false;
        }

        if (!_lineOfNumber.TryAdd(imported.Number, record.Line))
        {
            tally.Rejected(record.Line, "number", $"Accreditation {imported.Number} is already on line {_lineOfNumber[imported.Number]}.");
            return false;
        }

        batch.Add(new StreamImport($"{AccreditationGrain.Category}-{imported.Number}", [EventData.Create(_type, _json.Write(imported), metadata)]));
        return true;
    }
}
