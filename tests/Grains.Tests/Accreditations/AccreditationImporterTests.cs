using System.Text;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>The CSV rules on the in-memory store; the PostgreSQL path is covered in the silo's import tests.</summary>
public sealed class AccreditationImporterTests
{
    private const string Good = "00000001,\"Marchand, Léon\",Athlete,AA01,FRA,\"Fédération \"\"FFN\"\"\",2024-07-18,2024-08-14,STA|BCY,1|2,T1,Y";

    private readonly InMemoryEventStore _store = new();

    private async Task<ImportReport> Import(params string[] rows)
    {
        var importer = new AccreditationImporter(_store, new EventSerializer().RegisterAssemblies(typeof(AccreditationGrain).Assembly), TimeProvider.System);
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", [AccreditationCsv.Header, .. rows]) + "\r\n"));
        return await importer.ImportAsync(csv, null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_good_row_becomes_one_imported_event_with_quoted_fields_unescaped()
    {
        var report = await Import(Good);

        (report.RowsRead, report.Imported, report.AlreadyPresent, report.RejectedCount).ShouldBe((1L, 1L, 0L, 0L));
        var stored = (await _store.ReadStreamAsync("accreditation-00000001").ToArrayAsync()).ShouldHaveSingleItem();
        stored.Type.ShouldBe("accreditation.imported.v1");
        var imported = (AccreditationImported)new EventSerializer().RegisterAssemblies(typeof(AccreditationGrain).Assembly).Deserialize(stored.Type, stored.Data);
        (imported.Name, imported.Organisation).ShouldBe(("Marchand, Léon", "Fédération \"FFN\""));
        imported.Privileges.Venues.ShouldBe(["BCY", "STA"]);
    }

    [Theory]
    [InlineData("0000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y", "number")]
    [InlineData("00000002,,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y", "name")]
    [InlineData("00000002,N,Pilot,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y", "category")]
    [InlineData("00000002,N,Athlete,aa01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y", "function")]
    [InlineData("00000002,N,Athlete,AA01,France,,2024-07-18,2024-08-14,STA,1,T1,Y", "noc")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,18/07/2024,2024-08-14,STA,1,T1,Y", "valid_from")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-13-14,STA,1,T1,Y", "valid_until")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-07-01,STA,1,T1,Y", "valid_until")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA|Bercy,1,T1,Y", "venues")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1|x,T1,Y", "zones")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,bus,Y", "transport")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,yes", "dining")]
    [InlineData("00000002,N,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1", "row")]
    [InlineData("00000002,N\"x\",Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y", "row")]
    [InlineData(Good, "number")]
    public async Task A_bad_row_is_reported_with_its_line_and_field_while_good_rows_are_imported(string bad, string field)
    {
        var report = await Import(Good, bad, Good.Replace("00000001", "00000003", StringComparison.Ordinal));

        report.Imported.ShouldBe(2);
        report.RejectedCount.ShouldBe(1);
        var rejection = report.Rejections.ShouldHaveSingleItem();
        (rejection.Line, rejection.Field).ShouldBe((3L, field), rejection.Reason);
        (await _store.GetStreamVersionAsync("accreditation-00000002")).ShouldBe(0);
    }

    [Fact]
    public async Task A_quoted_field_spanning_lines_keeps_the_line_numbers_of_later_rows_right()
    {
        var report = await Import(Good.Replace("\"Marchand, Léon\"", "\"Marchand\nLéon\"", StringComparison.Ordinal), "00000002,,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y");

        report.Rejections.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Fact]
    public async Task Importing_the_same_rows_again_writes_nothing_and_counts_them_as_already_present()
    {
        await Import(Good);

        var again = await Import(Good);

        (again.Imported, again.AlreadyPresent).ShouldBe((0L, 1L));
        (await _store.GetStreamVersionAsync("accreditation-00000001")).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_without_the_exact_header_is_refused_whole() =>
        (await Should.ThrowAsync<InvalidCommandException>(async () =>
        {
            var importer = new AccreditationImporter(_store, new EventSerializer(), TimeProvider.System);
            using var csv = new MemoryStream(Encoding.UTF8.GetBytes("number,name\n" + Good));
            await importer.ImportAsync(csv, null, TestContext.Current.CancellationToken);
        })).Field.ShouldBe("header");
}
