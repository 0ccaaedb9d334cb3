using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// How reports are written. Batches hold personal data and CI logs are widely readable: <see cref="Snippets"/> can be
/// turned off, and <see cref="Redact"/> replaces every email address in every output with a stable hash.
/// </summary>
public sealed partial record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    /// <summary>Include the cell text as SARIF snippets (<c>--no-snippets</c> turns it off).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Replace email addresses with <c>email:&lt;hash&gt;</c> everywhere (<c>--redact</c>).</summary>
    public bool Redact { get; init; }

    /// <summary>Leave suppressed results out of SARIF (<c>--sarif-omit-suppressed</c>; GitHub ignores suppressions).</summary>
    public bool OmitSuppressed { get; init; }

    /// <summary>Cap the SARIF log at this many results, saying so (B2B9012); null keeps every result.</summary>
    public int? MaxResults { get; init; }

    /// <summary>Which findings fail the run (JUnit marks them as failures).</summary>
    public Checking.FailOn FailOn { get; init; } = Checking.FailOn.Error;

    /// <summary>Whether the text report may colour severities (the CLI decides: a terminal, and NO_COLOR unset).</summary>
    public bool Color { get; init; }

    [GeneratedRegex(@"[^\s'""<>(),;:\[\]{}]+@[^\s'""<>(),;:\[\]{}]+")]
    private static partial Regex EmailLike();

    /// <summary>The text as it may be shown: with every email-like token hashed when redacting.</summary>
    public string Text(string text) => Redact && text.Contains('@', StringComparison.Ordinal) ? EmailLike().Replace(text, m => Hash(m.Value)) : text;

    /// <summary>"email:" and the first ten hex digits of the SHA-256 of the lower-cased address: stable across runs.</summary>
    public static string Hash(string email) =>
        "email:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..10];
}
