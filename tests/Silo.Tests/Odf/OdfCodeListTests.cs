using System.Net;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// Header codes and formats checked against ODF's lists at the ingest, on a real silo and PostgreSQL: a message that
/// breaks one is a 400 naming the attribute, and is neither stored nor distributed (a valid message sent after it is).
/// </summary>
public sealed class OdfCodeListTests : IAsyncLifetime
{
    private const string Marker = "ATHW100M--------------FNL-000100--";
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData("DocumentType", "DT_RESULTS", "an ODF document type")]
    [InlineData("ResultStatus", "FINISHED", "an ODF result status")]
    [InlineData("Language", "EN", "3 upper-case letters")]
    [InlineData("Language", "eng", "3 upper-case letters")]
    [InlineData("DocumentCode", "ATHM100M--------------FNL---------", "a DT_RESULT is about a unit")]
    [InlineData("DocumentCode", "ATHM100M--------------FNL-0001---", "34 characters")]
    [InlineData("DocumentCode", "ATHQ100M--------------FNL-0001----", "gender")]
    [InlineData("DocumentCode", "ATHM100M--------------FNL-----0001", "unit part")]
    [InlineData("DocumentCode", "STA", "a DT_RESULT is about a unit")]
    [InlineData("FeedFlag", "p", "P (production) or T (test)")]
    [InlineData("Date", "2024-8-4", "yyyy-MM-dd")]
    [InlineData("Time", "21551234", "hhmmssfff")]
    [InlineData("LogicalDate", "2024-08-04T00:00", "yyyy-MM-dd")]
    public async Task A_header_attribute_off_its_code_list_or_format_is_a_400_naming_it_and_is_neither_stored_nor_distributed(
        string attribute, string value, string reason)
    {
        var header = OdfMessages.Header(1);
        header[attribute] = value;

        await RefusedAsync(OdfMessages.Xml(header), attribute, reason);
    }

    [Theory]
    [InlineData("Session", "STARTED")]
    [InlineData("Unit", "running")]
    public async Task A_schedule_status_off_the_code_list_is_a_400_naming_the_element_and_is_neither_stored_nor_distributed(string element, string status)
    {
        var (session, unit) = element == "Session" ? (status, "SCHEDULED") : ("RUNNING", status);
        var xml = Tests.OdfApply.OdfApplySilo.Xml("DT_SCHEDULE_UPDATE", "ATH".PadRight(34, '-'), 1, null,
            $"<Session Code=\"ATH01\" Venue=\"STA\" ScheduleStatus=\"{session}\"/><Unit Code=\"{OdfMessages.Rsc}\" ScheduleStatus=\"{unit}\"/>", subcode: "ATH01");

        await RefusedAsync(xml, $"{element}.ScheduleStatus", "an ODF schedule status");
    }

    private async Task RefusedAsync(string xml, string field, string reason)
    {
        var refused = await _silo.Http.PostAsync(xml);

        var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        (await refused.Problem()).GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(reason, Case.Sensitive, text);
        await MarkerDistributedAsync();
        var stored = await _silo.Service<IEventStore>().ReadAllAsync(new ReadAllOptions(Category: "odf"), TestContext.Current.CancellationToken)
            .Select(e => e.StreamId).ToListAsync(TestContext.Current.CancellationToken);
        stored.ShouldBe([$"odf-{OdfMessages.KeyOf(Marker)}"], "only the valid message sent after the refused one is stored");
        (await _silo.Http.GetAsync(FeedSilo.SnapshotPath(OdfMessages.KeyOf()), FeedSilo.CisKey)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Feeds distribute in the order of the store, so once the marker is visible anything stored before it would be too.
    private async Task MarkerDistributedAsync()
    {
        (await _silo.Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(1, Marker)))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await _silo.Http.GetAsync(FeedSilo.SnapshotPath(OdfMessages.KeyOf(Marker)), FeedSilo.CisKey)).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the valid message sent after the refused one is never distributed");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
