namespace B2BRules.Sdk;

/// <summary>
/// An option in rules.yaml has the wrong type or value. The engine reports it with the file, line and column of the
/// offending YAML as a configuration error (B2B9003, exit code 2).
/// </summary>
public sealed class RuleOptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleOptionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public RuleOptionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleOptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="source">Where the offending value was written.</param>
    public RuleOptionException(string message, Location? source)
        : base(message)
    {
        Source = source;
    }

    /// <summary>Where the offending value was written, when known.</summary>
    public new Location? Source { get; }
}
