namespace Olympics.Orleans.Silo.Hosting;

/// <summary>The silo cannot start; the message is the one line an operator reads.</summary>
public sealed class SiloStartupException(string message, Exception? inner = null) : Exception(message, inner);
