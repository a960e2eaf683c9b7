namespace Olympics.Orleans.Rostering.Model;

/// <summary>One person on one shift.</summary>
public readonly record struct Assignment(int Shift, int Volunteer);
