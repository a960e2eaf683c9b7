using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.Silo.Tests.Accreditations;

/// <summary>Small helpers for the accreditation HTTP tests.</summary>
internal static class AccreditationHttp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> Body(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static Task<HttpResponseMessage> Post(this HttpClient http, string path, object body) => http.PostAsJsonAsync(path, body, Json);

    /// <summary>Polls the gate until it answers <paramref name="expected"/> or 10 s pass; returns the last answer.</summary>
    public static async Task<string> GateUntil(this HttpClient http, string query, string expected)
    {
        var reason = "";
        for (var i = 0; i < 200 && reason != expected; i++)
        {
            reason = (await (await http.GetAsync($"/gate/check?{query}")).Body()).GetProperty("reason").GetString()!;
            if (reason != expected)
            {
                await Task.Delay(50);
            }
        }

        return reason;
    }
}
