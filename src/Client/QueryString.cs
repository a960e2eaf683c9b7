using System.Text;

namespace Olympics.Orleans.Client;

/// <summary>Builds a relative path with a query string, leaving out parameters that have no value.</summary>
internal static class QueryString
{
    public static string Of(string path, params (string Name, string? Value)[] parameters)
    {
        var text = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        return text.ToString();
    }

    public static string Segment(string value) => Uri.EscapeDataString(value);
}
