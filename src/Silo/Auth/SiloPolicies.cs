namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// The authorization policies of the silo's routes, one per role. A route that changes state carries one of them
/// (<c>.RequireAuthorization(SiloPolicies.Operator)</c>); the route-policy sweep test fails on a write route without.
/// </summary>
internal static class SiloPolicies
{
    /// <summary>Operators: admin routes and the dashboard (<c>Admin:ApiKey</c>).</summary>
    public const string Operator = "operator";

    /// <summary>A venue's results system posting ODF messages for its own Source (<c>Odf:Sources</c>).</summary>
    public const string ResultsSource = "results-source";

    /// <summary>The accreditation office: the accreditation lifecycle and the CSV import (<c>Accreditations:Offices</c>).</summary>
    public const string AccreditationOffice = "accreditation-office";

    /// <summary>Competition management: venues, sessions, athletes (<c>Competition:Managers</c>).</summary>
    public const string CompetitionManagement = "competition-management";

    /// <summary>
    /// Workforce planning: volunteer rosters, reads included, since they hold volunteers' personal data
    /// (<c>Workforce:Planners</c>).
    /// </summary>
    public const string Workforce = "workforce";

    /// <summary>Read-only feed consumers, by tier (<c>Feeds:Consumers</c>).</summary>
    public const string FeedConsumer = "feed-consumer";

    /// <summary>Each policy and the one role it admits.</summary>
    public static IReadOnlyDictionary<string, string> Roles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Operator] = SiloRoles.Operator,
        [ResultsSource] = SiloRoles.Source,
        [AccreditationOffice] = SiloRoles.Office,
        [CompetitionManagement] = SiloRoles.Management,
        [FeedConsumer] = SiloRoles.Consumer,
        [Workforce] = SiloRoles.Workforce,
    };
}
