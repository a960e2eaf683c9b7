namespace Olympics.Orleans.Rostering.Checking;

/// <summary>The hard constraints a plan can break.</summary>
public enum ViolationKind
{
    UnknownReference,
    DuplicateAssignment,
    OverDemand,
    Function,
    Language,
    Access,
    Travel,
    Availability,
    Overlap,
    Rest,
    DayHours,
    WeekHours,
    ConsecutiveDays,
    TotalHours,
}

/// <summary>One broken hard constraint: whose, on which shift (-1 when it is about the volunteer or the shift alone), and why.</summary>
public sealed record Violation(ViolationKind Kind, int Volunteer, int Shift, string Detail);
