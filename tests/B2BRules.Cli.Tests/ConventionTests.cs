using B2BRules.Engine.Plugins;
using B2BRules.Testing;

namespace B2BRules.Cli.Tests;

/// <summary>Sweeps every shipped rule: ID in its range and unique, a doc page, and nothing reported on an empty batch.</summary>
public sealed class ConventionTests
{
    private static readonly RuleCatalog Catalog = RuleCatalog.Create(
        PluginHost.BuiltInPluginPaths().Select(p => new PluginHost().Load(p, null, [])!).ToList(), []);

    [Fact]
    public void All_built_in_plugins_load() => Catalog.Components.Select(c => c.Name).ShouldBe(
        ["b2brules", "B2BRules.Adapters.EntraCsv", "B2BRules.Adapters.Graph", "B2BRules.Plugins.ConsumerDomains", "B2BRules.Plugins.Directory", "B2BRules.Plugins.DistributionLists", "B2BRules.Plugins.Governance", "B2BRules.Plugins.Mfa", "B2BRules.Plugins.RowLimit"]);

    [Fact]
    public void Rule_ids_are_in_their_ranges_and_unique()
    {
        var all = Catalog.Components.SelectMany(c => c.Descriptors.Select(d => (c.IsEngine, d.Id))).ToList();
        all.Select(r => r.Id).ShouldBeUnique();
        all.Where(r => r.IsEngine).ShouldAllBe(r => string.CompareOrdinal(r.Id, "B2B0100") >= 0 && string.CompareOrdinal(r.Id, "B2B0199") <= 0);
        all.Where(r => !r.IsEngine).ShouldAllBe(r => string.CompareOrdinal(r.Id, "B2B0001") >= 0 && string.CompareOrdinal(r.Id, "B2B0099") <= 0);
        all.Count.ShouldBe(31);
    }

    [Fact]
    public void Every_rule_has_a_doc_page_with_its_sections_and_dated_sources()
    {
        foreach (var descriptor in Catalog.DescriptorsById.Values)
        {
            var page = Path.Combine(Repository.Root, "docs", "rules", descriptor.Id + ".md");
            File.Exists(page).ShouldBeTrue($"{descriptor.Id} has no doc page");
            var text = File.ReadAllText(page);
            foreach (var section in new[] { "## Cause", "## Rule description", "## Today's service", "## How to fix", "## How to suppress", "## Examples" })
            {
                text.ShouldContain(section, customMessage: $"{descriptor.Id}.md lacks {section}");
            }

            // What a page says of today's service is only as good as its sources and the day they were read.
            var today = text[text.IndexOf("## Today's service", StringComparison.Ordinal)..text.IndexOf("## How to fix", StringComparison.Ordinal)];
            today.ShouldMatch(@"Sources, checked \d{4}-\d{2}-\d{2}:", $"{descriptor.Id}.md: the sources of 'Today's service' need the date they were checked");
            today.ShouldMatch(@"\]\(https://", $"{descriptor.Id}.md: 'Today's service' cites no source");

            descriptor.HelpUri.ShouldEndWith($"docs/rules/{descriptor.Id}.md");
        }
    }

    [Fact]
    public void The_rule_release_log_records_every_rule_with_its_category_and_default_severity()
    {
        // Replay the log, release by release, then the unshipped changes: what is left is what the code must declare.
        var logged = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        foreach (var file in new[] { "RuleReleases.Shipped.md", "RuleReleases.Unshipped.md" })
        {
            string? section = null;
            foreach (var line in File.ReadLines(Path.Combine(Repository.Root, "docs", file)))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line[4..].Trim();
                    continue;
                }

                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (section is null || cells.Length < 3 || !cells[0].StartsWith("B2B", StringComparison.Ordinal))
                {
                    continue;
                }

                var id = cells[0];
                switch (section)
                {
                    case "New Rules":
                        logged.ContainsKey(id).ShouldBeFalse($"{file}: {id} is added twice");
                        logged[id] = (cells[1], cells[2]);
                        break;
                    case "Changed Rules": // Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
                        logged.ShouldContainKey(id, $"{file}: {id} is changed before it was added");
                        logged[id].ShouldBe((cells[3], cells[4]), $"{file}: {id}'s old category and severity are not what the log had");
                        logged[id] = (cells[1], cells[2]);
                        break;
                    case "Removed Rules":
                        logged.Remove(id).ShouldBeTrue($"{file}: {id} is removed but was never added");
                        break;
                    default:
                        throw new InvalidOperationException($"{file}: unknown section '{section}'");
                }
            }
        }

        var declared = Catalog.Components.SelectMany(c => c.Descriptors).ToDictionary(
            d => d.Id, d => (d.Category, d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled"), StringComparer.Ordinal);
        logged.Keys.Order(StringComparer.Ordinal).ShouldBe(declared.Keys.Order(StringComparer.Ordinal), "rule IDs in the release log and in the code");
        foreach (var (id, state) in declared)
        {
            logged[id].ShouldBe(state, $"{id}: the release log's category and severity");
        }
    }

    [Fact]
    public void Code_and_docs_cite_files_of_this_repository_not_design_notes_outside_it()
    {
        string[] skipped = ["bin", "obj", "node_modules", "out", ".git"];
        var citing = Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Repository.Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(f => Path.GetExtension(f) is ".cs" or ".md" or ".yaml" or ".json" or ".py" or ".sh" or ".props" or ".targets")
            .Where(f => File.ReadAllText(f).Contains("DESIGN" + " §", StringComparison.Ordinal)) // split, or this file would match
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();
        citing.ShouldBeEmpty("these cite the design notes' sections, a file outside the repository: cite docs/ instead");
    }

    [Theory]
    [InlineData("version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n")]
    [InlineData("Email,DisplayName,InvitationText,InviteRedirectUrl,InvitedToApplications,InvitedToGroups,CcEmailAddress,Language\n")]
    public void An_empty_batch_reports_nothing(string header)
    {
        var rules = Catalog.Components.Where(c => !c.IsEngine).SelectMany(c => c.Rules).ToList();
        var result = RuleVerifier.Run(header, rules, "policy: { maxRows: 1, mfa: { required: true }, inviter: { role: Nobody } }\n");
        result.Diagnostics.ShouldBeEmpty();
        result.Notifications.ShouldBeEmpty();
    }
}
