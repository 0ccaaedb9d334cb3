using System.Globalization;

namespace B2BRules.Sdk;

/// <summary>A finding: which rule, where, what, and how serious.</summary>
/// <remarks>
/// As Roslyn's diagnostics do, a finding keeps its arguments and formats its message when asked, so a run holding a
/// million findings does not also hold a million messages. Arguments that could change after the report (anything but
/// strings, numbers and other immutable values) are formatted at once.
/// </remarks>
public sealed class Diagnostic
{
    private readonly string? _message;
    private readonly object?[] _arguments;

    private Diagnostic(RuleDescriptor descriptor, Location location, string? message, Severity severity, object?[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        _message = message;
        Severity = severity;
        _arguments = arguments;
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where it is.</summary>
    public Location Location { get; }

    /// <summary>The formatted message.</summary>
    public string Message => _message ?? string.Format(CultureInfo.InvariantCulture, Descriptor.ParsedMessageFormat, _arguments);

    /// <summary>
    /// Formats the message into <paramref name="destination"/> without making a string (report writers write a million
    /// of them); false when it does not fit.
    /// </summary>
    internal bool TryFormatMessage(Span<char> destination, out int written)
    {
        if (_message is not null)
        {
            written = _message.Length;
            return _message.AsSpan().TryCopyTo(destination);
        }

        return destination.TryWrite(CultureInfo.InvariantCulture, Descriptor.ParsedMessageFormat, out written, _arguments);
    }

    /// <summary>The severity; the engine sets the configured one before reporting.</summary>
    public Severity Severity { get; }

    /// <summary>The message arguments.</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

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
        if (messageArgs.Length == 0)
        {
            return new Diagnostic(descriptor, location, descriptor.MessageFormat, descriptor.DefaultSeverity, messageArgs);
        }

        // A malformed format or too few arguments fail here, in the rule's call, as an eager string.Format would.
        var format = descriptor.ParsedMessageFormat;
        if (messageArgs.Length < format.MinimumArgumentCount)
        {
            throw new FormatException($"The message format of {descriptor.Id} needs {format.MinimumArgumentCount} argument(s); {messageArgs.Length} given.");
        }

        var message = Array.TrueForAll(messageArgs, IsImmutable) ? null : string.Format(CultureInfo.InvariantCulture, format, messageArgs);
        return new Diagnostic(descriptor, location, message, descriptor.DefaultSeverity, messageArgs);
    }

    /// <summary>A finding whose message is already formatted (read back from a SARIF log): for the engine only.</summary>
    internal static Diagnostic FromMessage(RuleDescriptor descriptor, Location location, string message, Severity severity) =>
        new(descriptor, location, message, severity, []);

    /// <summary>A finding made again from parts the engine kept of one made by <see cref="Create"/>: for the engine only.</summary>
    internal static Diagnostic FromParts(RuleDescriptor descriptor, Location location, string? message, Severity severity, object?[] arguments) =>
        new(descriptor, location, message, severity, arguments);

    /// <summary>The message formatted when the finding was made (null when it is formatted when asked).</summary>
    internal string? FormattedMessage => _message;

    /// <summary>The arguments as given.</summary>
    internal object?[] ArgumentArray => _arguments;

    /// <summary>The same finding with another severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>A copy.</returns>
    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, _message, severity, _arguments);

    private static bool IsImmutable(object? value) => value is null or string or bool or char or Enum or Guid or DateTime or DateTimeOffset or TimeSpan
        or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal;

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Severity.ToString().ToUpperInvariant()} {Id}: {Message}";
}
