using System.Globalization;

namespace B2BRules.Sdk;

/// <summary>A finding: which rule, where, what, and how serious.</summary>
public sealed class Diagnostic
{
    private Diagnostic(RuleDescriptor descriptor, Location location, string message, Severity severity, IReadOnlyList<object?> arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
        Arguments = arguments;
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where it is.</summary>
    public Location Location { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>The severity; the engine sets the configured one before reporting.</summary>
    public Severity Severity { get; }

    /// <summary>The message arguments.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Creates a finding with the descriptor's default severity.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where.</param>
    /// <param name="messageArgs">Arguments for the descriptor's message format.</param>
    /// <returns>The finding.</returns>
    public static Diagnostic Create(RuleDescriptor descriptor, Location location, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        messageArgs ??= [];
        var message = messageArgs.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(descriptor, location, message, descriptor.DefaultSeverity, messageArgs);
    }

    /// <summary>A finding whose message is already formatted (read back from a SARIF log): for the engine only.</summary>
    internal static Diagnostic FromMessage(RuleDescriptor descriptor, Location location, string message, Severity severity) =>
        new(descriptor, location, message, severity, []);

    /// <summary>The same finding with another severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>A copy.</returns>
    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, Message, severity, Arguments);

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Severity.ToString().ToUpperInvariant()} {Id}: {Message}";
}
