namespace Olympics.Orleans;

/// <summary>
/// A well-formed command that the grain's current state does not allow, e.g. approving an accreditation before
/// security vetting cleared it. The HTTP edge answers 409 with <see cref="Exception.Message"/> as the reason.
/// </summary>
public sealed class CommandRejectedException(string reason) : InvalidOperationException(reason);
