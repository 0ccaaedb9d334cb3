using B2BRules.Sdk;

namespace B2BRules.Engine.Suppressions;

/// <summary>
/// One entry of b2brules.suppressions.yaml: a rule, what it matches (an invitee email, a file and record, or a
/// fingerprint), and why. Accountable by design: a justification is required, an owner and an expiry date optional.
/// </summary>
internal sealed record SuppressionEntry(
    string Rule,
    string? Email,
    string? File,
    int? Record,
    string? Fingerprint,
    string Justification,
    string? Owner,
    DateOnly? Expires,
    Location Where)
{
    /// <summary>What the entry matches, for messages.</summary>
    public string Target => Email is not null ? $"email {Email}"
        : Fingerprint is not null ? $"fingerprint {Fingerprint}"
        : Record is not null ? $"{File} record {Record}"
        : $"file {File}";

    public bool IsExpired(DateOnly today) => Expires is { } expires && expires < today;
}
