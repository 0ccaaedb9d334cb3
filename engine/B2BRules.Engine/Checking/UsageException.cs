namespace B2BRules.Engine.Checking;

/// <summary>The command line asks for something impossible (missing input, input outside the source root): exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
