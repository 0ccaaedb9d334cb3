using System.Collections.Immutable;
using System.Text;

namespace B2BRules.Sdk;

/// <summary>
/// Describes one rule: its stable ID, texts and default severity. Becomes a SARIF <c>reportingDescriptor</c>.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">Stable ID such as <c>B2B0001</c> or <c>CONTOSO1001</c>; never reused for another meaning.</param>
    /// <param name="title">Short title, one sentence.</param>
    /// <param name="messageFormat">Composite format string for the message; <c>{0}</c>… are the message arguments.</param>
    /// <param name="category">Category such as <c>Policy</c> or <c>Format</c>.</param>
    /// <param name="defaultSeverity">Severity unless configuration changes it.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs without being switched on in rules.yaml.</param>
    /// <param name="description">Longer description; the title is used when absent.</param>
    /// <param name="helpUri">Link to the rule's documentation.</param>
    /// <param name="tags">Free-form tags, shown as filters by code-scanning tools.</param>
    public RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        bool isEnabledByDefault = true,
        string? description = null,
        string? helpUri = null,
        params string[] tags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpUri = helpUri;
        Tags = tags is null ? ImmutableArray<string>.Empty : [.. tags];
    }

    /// <summary>The stable rule ID.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string of the message.</summary>
    public string MessageFormat { get; }

    /// <summary>The message format, parsed once (a malformed format throws <see cref="FormatException"/> on first use).</summary>
    internal CompositeFormat ParsedMessageFormat => _parsedMessageFormat ??= CompositeFormat.Parse(MessageFormat);

    private CompositeFormat? _parsedMessageFormat;

    /// <summary>Category of the rule.</summary>
    public string Category { get; }

    /// <summary>Severity unless configuration changes it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether the rule runs unless switched off.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Longer description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Link to the rule's documentation, or <see langword="null"/>.</summary>
    public string? HelpUri { get; }

    /// <summary>Tags of the rule.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Whether findings concern one row (the default) or the whole batch.</summary>
    public RuleScope Scope { get; init; } = RuleScope.Row;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
