using System.Net;
using System.Text;
using Npgsql;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Silo.Tests.Accreditations;

/// <summary>The CSV import into PostgreSQL, by file and by HTTP upload, and what the gate makes of the result.</summary>
public sealed class AccreditationImportTests : IAsyncLifetime
{
    private static readonly string[] _rows =
    [
        "00000001,\"Marchand, Léon\",Athlete,AA01,FRA,FFN,2024-07-18,2024-08-14,STA|BCY,1|2,T1,Y",
        "00000002,Ana Photo,Media,EP,,\"Agence \"\"AFP\"\"\",2024-07-01,2024-08-31,ALL,3,,N",
        "00000003,Old Card,Volunteer,VOL,,,2024-06-01,2024-07-01,STA,1,,N",
        "0000004,Bad Number,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y",
        "00000005,Bad Category,Pilot,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y",
        "00000006,Bad Date,Athlete,AA01,FRA,,2024-07-18,14/08/2024,STA,1,T1,Y",
        "00000007,Bad Venue,Athlete,AA01,FRA,,2024-07-18,2024-08-14,Stade,1,T1,Y",
        "00000008,Bad Dining,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,maybe",
        "00000009,Short Row,Athlete,AA01",
        "00000001,Duplicate,Athlete,AA01,FRA,,2024-07-18,2024-08-14,STA,1,T1,Y",
    ];

    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private static MemoryStream Csv() => new(Encoding.UTF8.GetBytes(AccreditationCsv.Header + "\n" + string.Join("\n", _rows) + "\n"));

    private async Task<ImportReport> ImportFile()
    {
        using var csv = Csv();
        return await _silo.Service<AccreditationImporter>().ImportAsync(csv, null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_field_while_good_rows_are_stored()
    {
        var progress = new List<ImportProgress>();

        using var csv = Csv();
        var report = await _silo.Service<AccreditationImporter>().ImportAsync(csv, new Progress<ImportProgress>(progress.Add), TestContext.Current.CancellationToken);

        (report.RowsRead, report.Imported, report.AlreadyPresent, report.RejectedCount).ShouldBe((10L, 3L, 0L, 7L));
        report.Rejections.Select(r => (r.Line, r.Field)).ShouldBe(
            [(5, "number"), (6, "category"), (7, "valid_until"), (8, "venues"), (9, "dining"), (10, "row"), (11, "number")]);
        report.Rejections[^1].Reason.ShouldContain("already on line 2");
        (await EventsInStore()).ShouldBe(["accreditation-00000001 accreditation.imported.v1", "accreditation-00000002 accreditation.imported.v1", "accreditation-00000003 accreditation.imported.v1"]);
    }

    [Fact]
    public async Task Importing_the_same_file_again_creates_no_duplicates()
    {
        await ImportFile();

        var again = await ImportFile();

        (again.Imported, again.AlreadyPresent, again.RejectedCount).ShouldBe((0L, 3L, 7L));
        (await EventsInStore()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Imported_accreditations_pass_or_fail_the_gate_as_their_privileges_say()
    {
        await ImportFile();
        const string paris = "2024-08-02T10:00:00%2B02:00";

        (await _silo.Http.GateUntil($"accreditation=00000001&venue=BCY&zone=2&at={paris}", "Allowed")).ShouldBe("Allowed");
        (await _silo.Http.GateUntil($"accreditation=00000001&venue=BCY&zone=3&at={paris}", "ZoneNotGranted")).ShouldBe("ZoneNotGranted");
        (await _silo.Http.GateUntil($"accreditation=00000001&venue=TAH&zone=1&at={paris}", "VenueNotGranted")).ShouldBe("VenueNotGranted");
        (await _silo.Http.GateUntil($"accreditation=00000002&venue=TAH&zone=3&at={paris}", "Allowed")).ShouldBe("Allowed");
        (await _silo.Http.GateUntil($"accreditation=00000003&venue=STA&zone=1&at={paris}", "Expired")).ShouldBe("Expired");
        (await _silo.Http.GateUntil($"accreditation=00000001&venue=STA&zone=1&at=2024-07-17T12:00:00Z", "NotYetValid")).ShouldBe("NotYetValid");
        (await _silo.Http.GateUntil($"accreditation=00000005&venue=STA&zone=1&at={paris}", "Unknown")).ShouldBe("Unknown");
    }

    [Fact]
    public async Task An_http_upload_returns_the_report()
    {
        using var content = new StreamContent(Csv());
        content.Headers.ContentType = new("text/csv");

        var response = await _silo.Http.PostAsync("/accreditations/import", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.Body();
        (report.GetProperty("imported").GetInt64(), report.GetProperty("rejectedCount").GetInt64()).ShouldBe((3L, 7L));
        report.GetProperty("rejections")[0].GetProperty("line").GetInt64().ShouldBe(5);
    }

    [Fact]
    public async Task An_upload_with_the_wrong_header_or_media_type_is_refused()
    {
        var header = await _silo.Http.PostAsync("/accreditations/import", new StringContent("id,name\n1,x\n", Encoding.UTF8, "text/csv"));
        var mediaType = await _silo.Http.PostAsync("/accreditations/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        header.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await header.Body()).GetProperty("errors").TryGetProperty("header", out _).ShouldBeTrue();
        mediaType.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<List<string>> EventsInStore()
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT stream_id || ' ' || type FROM {_silo.Schema}.mt_events ORDER BY stream_id, version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
