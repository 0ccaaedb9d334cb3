using System.Collections.Immutable;
using System.Reflection;
using B2BRules.Sdk;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Acme.Globbing;

/// <summary>
/// Invitees whose address matches a glob (option <c>patterns</c>, e.g. <c>test*@*</c>), matched with the plugin's own
/// Microsoft.Extensions.FileSystemGlobbing. The message names the version the plugin ran with.
/// </summary>
[InvitationRule]
public sealed class GlobbedAddressRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new(
        "TEST9302",
        "Invitee matches a glob",
        "'{0}' matches an address glob (FileSystemGlobbing {1})",
        "Test",
        Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(start.Options.GetStringList("patterns", []));
            var version = typeof(Matcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
            start.RegisterRowAction(row =>
            {
                var address = row.Row.Email.Trim();
                if (address.Length > 0 && matcher.Match(address).HasMatches)
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), address, version));
                }
            });
        });
    }
}
