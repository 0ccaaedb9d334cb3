using B2BRules.Sdk;

namespace B2BRules.Engine.Findings;

/// <summary>
/// A diagnostic as the run keeps it: with the cell it points at (for snippets and fingerprints), the row's invitee
/// (for suppressions by email), its content-keyed fingerprint, and what suppressions and baselines say of it.
/// </summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="CellValue">The value of the cell the finding points at, when it points at one.</param>
/// <param name="Email">The row's invitee email (trimmed), when the finding was made on a row.</param>
public sealed record Finding(Diagnostic Diagnostic, string? CellValue, string? Email)
{
    /// <summary><c>fingerprints["b2brules/v1"]</c>: rule, column and normalised value, independent of the row's position.</summary>
    public string Fingerprint
    {
        get
        {
            Span<char> text = stackalloc char[Fingerprints.FormattedLength];
            return new string(text[..FormatFingerprint(text)]);
        }
    }

    /// <summary>The fingerprint's 16 bytes (kept instead of its text: a batch's findings are all held until written).</summary>
    /// <remarks>Given by the runner once the batch's findings are in their final order.</remarks>
    internal HashKey FingerprintBits { get; init; }

    /// <summary>
    /// GitHub's <c>partialFingerprints.primaryLocationLineHash</c> of the finding's first line, computed as GitHub does
    /// (null when the batch could not be read a second time).
    /// </summary>
    public string? LineHash => _lineHashCount == 0 ? null : Sarif.LineHash.Format((_lineHash, _lineHashCount));

    /// <summary>The line hash as GitHub's rolling hash (formatted only when written).</summary>
    internal ulong LineHashValue { init => _lineHash = value; }

    /// <summary>How many lines up to the finding's have its line hash; 0 when there is none.</summary>
    internal int LineHashCount { init => _lineHashCount = value; }

    // Two plain fields rather than a nullable tuple: a finding's layout stays made of the engine's own types and
    // primitives, which ReadyToRun can precompile code against (an occurrence count is never 0).
    private ulong _lineHash;
    private int _lineHashCount;

    /// <summary>Writes <see cref="Fingerprint"/> into a buffer (writers do, for each result); returns its length, 0 when unset.</summary>
    internal int FormatFingerprint(Span<char> destination) =>
        FingerprintBits == default ? 0 : Fingerprints.Format(FingerprintBits, destination);

    /// <summary>Writes <see cref="LineHash"/> into a buffer; returns its length, 0 when there is none.</summary>
    internal int FormatLineHash(Span<char> destination) =>
        _lineHashCount == 0 ? 0 : Sarif.LineHash.Format((_lineHash, _lineHashCount), destination);

    /// <summary>The suppression entry that applies, if any (it may have been refused: see <see cref="AppliedSuppression.Accepted"/>).</summary>
    public AppliedSuppression? Suppression { get; init; }

    /// <summary>The certain fixes the fix providers offer for it (cell replacements and row deletions: SARIF <c>fixes</c>).</summary>
    public IReadOnlyList<Sdk.Fixes.InvitationFix> Fixes { get; init; } = [];

    /// <summary>How the finding compares with a baseline, when one was given.</summary>
    public BaselineState? Baseline { get; init; }

    /// <summary>Whether an accepted suppression hides the finding from the exit code.</summary>
    public bool IsSuppressed => Suppression is { Accepted: true };

    /// <summary>Whether the human reports (text, HTML) list it: neither suppressed nor of hidden severity.</summary>
    public bool IsListed => !IsSuppressed && Diagnostic.Severity != Severity.Hidden;
}

/// <summary>How a finding compares with a baseline (SARIF <c>baselineState</c>).</summary>
public enum BaselineState
{
    New = 0,
    Unchanged = 1,
    Updated = 2,
    Absent = 3,
}

/// <summary>A suppression entry as applied to one finding.</summary>
/// <param name="Justification">Why the finding is accepted.</param>
/// <param name="Owner">Who answers for it, if named.</param>
/// <param name="Accepted">False when the policy forbids suppressing this finding (B2B9011): it stays.</param>
public sealed record AppliedSuppression(string Justification, string? Owner, bool Accepted);
