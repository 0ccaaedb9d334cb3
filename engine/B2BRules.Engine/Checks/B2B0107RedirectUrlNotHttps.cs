using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0107: the redirect URL is not an absolute https URL. The Entra template requires one; the 2015/2016 formats allow
/// it empty (the access panel is the default) and use http in their own samples, so http there is a warning.
/// </summary>
[InvitationRule]
internal sealed class B2B0107RedirectUrlNotHttps : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0107",
        "Redirect URL is not an absolute https URL",
        "Redirect URL '{0}' {1}",
        "Format",
        Severity.Error,
        "After redeeming, the guest is sent to the redirect URL. It must be absolute; https keeps the hand-over from being " +
        "tampered with. The Entra template requires it (https://myapplications.microsoft.com is the usual choice).",
        RuleScope.Row,
        "format",
        "url");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterBatchStartAction(start =>
    {
        // A batch usually repeats a handful of redirect URLs on every row: parse each distinct value once.
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var entra = start.Batch.Format == BatchFormat.EntraBulkInviteV1;
        start.RegisterRowAction(row =>
        {
            var value = row.Row.RedirectUrl?.Trim();
            if (value is null)
            {
                return;
            }

            if (!verdicts.TryGetValue(value, out var problem))
            {
                problem = Problem(value, entra);
                if (verdicts.Count < 10_000)
                {
                    verdicts.Add(value, problem);
                }
            }

            if (problem is null)
            {
                return;
            }

            var finding = Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.RedirectUrl), value, problem);
            row.Report(entra || problem != UsesHttp ? finding : finding.WithSeverity(Severity.Warning));
        });
    });

    private const string UsesHttp = "uses http; use https";

    /// <summary>What is wrong with a redirect URL, or null when it is an absolute https address.</summary>
    private static string? Problem(string value, bool entra) =>
        value.Length == 0 ? (entra ? "is empty; the Entra template requires a redirect URL" : null)
        : !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0 ? "is not an absolute web address"
        : uri.Scheme == "http" ? UsesHttp
        : null;
}
