using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Silo.Tests.Rostering;

/// <summary>A generated roster at 1 % of Paris 2024 (450 volunteers, 1,500 shifts), as the CSV and JSON the import routes take.</summary>
internal static class RosterData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<RosterInstance> _instance = new(() => RosterGenerator.Generate(new RosterSpec(Seed: 11, Scale: 0.01)));

    public static RosterInstance Instance => _instance.Value;

    public static List<VolunteerRecord> Volunteers => RosterRecords.Volunteers(Instance).ToList();

    public static List<ShiftRecord> Shifts => RosterRecords.Shifts(Instance).ToList();

    public static string VolunteersCsv()
    {
        using var text = new StringWriter();
        RosterCsv.Write(text, Volunteers);
        return text.ToString();
    }

    public static string ShiftsCsv()
    {
        using var text = new StringWriter();
        RosterCsv.Write(text, Shifts);
        return text.ToString();
    }

    public static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    public static JsonContent AsJson<T>(T rows) => JsonContent.Create(rows, options: Json);

    /// <summary>Imports the generated volunteers and shifts as CSV and checks both were stored.</summary>
    public static async Task ImportAsync(HttpClient http, string roster)
    {
        foreach (var (kind, csv) in new[] { ("volunteers", VolunteersCsv()), ("shifts", ShiftsCsv()) })
        {
            var response = await http.PutAsync($"/rosters/{roster}/{kind}", Csv(csv), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    public static async Task<RosterView> RosterAsync(HttpClient http, string roster) =>
        (await http.GetFromJsonAsync<RosterView>($"/rosters/{roster}", Json, TestContext.Current.CancellationToken))!;
}
