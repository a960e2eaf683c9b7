using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// The named keys of one role from a configuration section (<c>&lt;Section&gt;:&lt;Name&gt;:ApiKey</c>), kept as digests
/// in a <see cref="KeyRing{T}"/>: the ODF sources, the accreditation offices, competition management.
/// </summary>
internal sealed class RoleKeys
{
    private readonly KeyRing<string> _keys;

    private RoleKeys(string role, KeyRing<string> keys) => (Role, _keys) = (role, keys);

    /// <summary>The role every key of this section has.</summary>
    public string Role { get; }

    /// <summary>Reads and checks the keys; a blank, short or shared key stops the silo at start.</summary>
    public static RoleKeys From(IConfiguration configuration, string section, string role, string owners) => new(role, KeyRing<string>.From(section, owners, role,
        [.. configuration.GetSection(section).GetChildren().Select(s => (s.Key, (s["ApiKey"] ?? "").Trim(), s.Key))]));

    /// <summary>The name of the owner of the presented key, or null when it belongs to none.</summary>
    public string? Authenticate(string? presented) => _keys.Authenticate(presented);
}
