namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// The roles a credential maps to. Each is also the prefix of the actor recorded in event metadata
/// (<c>source:SWM-VENUE</c>, <c>consumer:media</c>, <c>office:main</c>, <c>management:ops</c>, <c>workforce:planning</c>, <c>operator</c>).
/// </summary>
internal static class SiloRoles
{
    public const string Operator = "operator";
    public const string Source = "source";
    public const string Office = "office";
    public const string Management = "management";
    public const string Consumer = "consumer";
    public const string Workforce = "workforce";
}
