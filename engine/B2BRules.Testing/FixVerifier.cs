using B2BRules.Engine.Fixes;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Testing;

/// <summary>
/// Verifies a fix provider the way Microsoft.CodeAnalysis.Testing's code-fix verifier does: the rule must report
/// exactly the findings marked in the batch before (<c>{|ID:cell|}</c>), and applying every fix the provider offers for
/// them, as <c>b2brules fix</c> applies them, must give exactly the batch after. Runs through the real reader, runner
/// and fix engine.
/// </summary>
public static class FixVerifier
{
    /// <summary>Verifies <typeparamref name="TFix"/> on the findings of <typeparamref name="TRule"/>.</summary>
    /// <param name="before">CSV markup: the batch, with the findings the rule must report marked.</param>
    /// <param name="after">The batch as the fixes must leave it (no markup).</param>
    /// <param name="rulesYaml">rules.yaml text for policy, severities and options; null uses the built-in defaults.</param>
    /// <returns>The fixes applied, each with its finding.</returns>
    public static IReadOnlyList<(Diagnostic Finding, InvitationFix Fix)> Verify<TRule, TFix>(string before, string after, string? rulesYaml = null)
        where TRule : InvitationRule, new()
        where TFix : InvitationFixProvider, new()
    {
        ArgumentNullException.ThrowIfNull(after);
        var rule = new TRule();
        var provider = new TFix();
        var parsed = CsvMarkup.Parse(before);
        var (result, catalog, settings) = RuleVerifier.Run(parsed.Text, [rule], [provider], rulesYaml);
        var findings = RuleVerifier.Compare(parsed, result, [.. rule.SupportedRules.Select(d => d.Id).Distinct()]);
        var fixable = findings.Where(f => provider.FixableRuleIds.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        var fixedBatch = BatchFixer.Fix(parsed.Text, "batch.csv", fixable, catalog.Fixes, settings.Policy);
        if (fixedBatch.Failures.Count > 0)
        {
            throw new VerificationException("The fix provider threw:\n" + string.Join("\n", fixedBatch.Failures.Select(f => "  " + f.Message)));
        }

        if (fixedBatch.Applied.SelectMany(a => a.Fix.Edits).OfType<SplitBatch>().Any())
        {
            throw new VerificationException("The fix splits the batch: a split is not an edit of the batch's text; test it with b2brules fix.");
        }

        if (!string.Equals(Normalise(fixedBatch.Text), Normalise(after), StringComparison.Ordinal))
        {
            throw new VerificationException(
                $"After {fixedBatch.Applied.Count} fix(es) ({string.Join("; ", fixedBatch.Applied.Select(a => $"{a.Finding.Id} line {a.Finding.Location.StartLine}: {a.Fix.Title}"))}), expected:\n" +
                $"{Indent(after)}but the batch is:\n{Indent(fixedBatch.Text)}");
        }

        return fixedBatch.Applied;
    }

    // Tests write their batches with \n; the fixed text keeps the batch's own line breaks, so compare them alike.
    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Indent(string text) => string.Concat(Normalise(text).Split('\n').Select(line => "  " + line + "\n"));
}
