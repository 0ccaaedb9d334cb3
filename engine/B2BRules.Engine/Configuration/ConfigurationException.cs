using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>rules.yaml (or a file it extends) is invalid: the run stops with exit code 2 before any batch is read.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigurationException(string message, Location? where)
        : base(message)
    {
        Where = where;
    }

    /// <summary>The file, line and column of the offending YAML, when known.</summary>
    public Location? Where { get; }

    /// <summary>"file(line,column): message", the shape compilers and editors understand.</summary>
    public string Describe() => Where is null ? Message : $"{Where.FilePath}({Where.StartLine},{Where.StartColumn}): {Message}";
}
