using System.Collections.Immutable;
using System.Reflection;
using B2BRules.Sdk;
using YamlDotNet.RepresentationModel;

namespace Acme.Yaml;

/// <summary>
/// Invitees on a watch list the plugin reads with its own YamlDotNet (option <c>watchList</c>, a YAML sequence in a
/// string). The message names the YamlDotNet version the plugin ran with, so a test can see which copy it got.
/// </summary>
[InvitationRule]
public sealed class YamlWatchListRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new(
        "TEST9301",
        "Invitee is on the YAML watch list",
        "'{0}' is on the watch list (read with YamlDotNet {1})",
        "Test",
        Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(start.Options.GetString("watchList", "[]")));
            var listed = ((YamlSequenceNode)yaml.Documents[0].RootNode).Children
                .OfType<YamlScalarNode>().Select(n => n.Value!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var version = typeof(YamlStream).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
            start.RegisterRowAction(row =>
            {
                if (listed.Contains(row.Row.Email.Trim()))
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), version));
                }
            });
        });
    }
}
