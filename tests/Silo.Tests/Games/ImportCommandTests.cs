using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Silo.Commands;

namespace Olympics.Orleans.Silo.Tests.Games;

[Collection(nameof(ConsoleCommands))]
public sealed class ImportCommandTests
{
    private const string Header = "number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining";

    [Fact]
    public async Task Import_stores_good_rows_reports_bad_ones_with_exit_code_1_and_a_silo_then_admits_them()
    {
        var schema = TestPostgres.NewSchemaName();
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, [
            Header,
            "51000001,Ana Lopes,Media,EP,POR,\"Record, Lisbon\",2024-07-01,2024-08-31,STA|BCY,1|2,TM,Y",
            "51000002,No Such,Alien,EP,POR,x,2024-07-01,2024-08-31,STA,1,TM,Y",
            "51000003,Ben Okafor,Volunteer,VOL,,Paris 2024,2024-07-01,2024-08-31,ALL,,,N",
        ]);
        string[] settings = ["--Store=postgres", $"--ConnectionStrings:EventStore={TestPostgres.ConnectionString}", $"--EventStore:Schema={schema}"];

        (await SiloCli.RunAsync(["import", file, .. settings])).ShouldBe(1);
        (await SiloCli.RunAsync(["import", file, .. settings])).ShouldBe(1);

        await using var silo = await RunningSilo.StartInSchemaAsync(schema);
        var list = await silo.Http.GetFromJsonAsync<JsonElement>("/accreditations?pageSize=10");
        for (var i = 0; i < 200 && list.GetProperty("total").GetInt32() < 2; i++)
        {
            await Task.Delay(50);
            list = await silo.Http.GetFromJsonAsync<JsonElement>("/accreditations?pageSize=10");
        }

        list.GetProperty("total").GetInt32().ShouldBe(2, "re-importing the same file must not duplicate rows");
        var gate = await silo.Http.GetFromJsonAsync<JsonElement>("/gate/check?accreditation=51000001&venue=BCY&zone=2&at=2024-07-30T12:00:00%2B02:00");
        gate.GetProperty("allowed").GetBoolean().ShouldBeTrue(gate.ToString());
    }

    [Fact]
    public async Task Import_of_a_missing_file_exits_with_2() =>
        (await SiloCli.RunAsync(["import", "/nonexistent/accreditations.csv"])).ShouldBe(2);
}
