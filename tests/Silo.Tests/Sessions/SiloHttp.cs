using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.Silo.Tests.Sessions;

/// <summary>JSON as the silo writes it, and bounded polling for read models that follow the store.</summary>
internal static class SiloHttp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> Until<T>(this HttpClient http, string path, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = (await http.GetFromJsonAsync<T>(path, Json, TestContext.Current.CancellationToken))!;
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<JsonElement> Problem(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
