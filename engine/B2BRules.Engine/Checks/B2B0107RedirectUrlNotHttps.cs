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

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var value = row.Row.RedirectUrl?.Trim();
        if (value is null)
        {
            return;
        }

        var entra = row.Batch.Format == BatchFormat.EntraBulkInviteV1;
        var location = row.Row.LocationOf(ColumnKeys.RedirectUrl);
        if (value.Length == 0)
        {
            if (entra)
            {
                row.Report(Diagnostic.Create(Rule, location, value, "is empty; the Entra template requires a redirect URL"));
            }

            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            row.Report(Diagnostic.Create(Rule, location, value, "is not an absolute web address"));
        }
        else if (uri.Scheme == "http")
        {
            var finding = Diagnostic.Create(Rule, location, value, "uses http; use https");
            row.Report(entra ? finding : finding.WithSeverity(Severity.Warning));
        }
    });
}
