using B2BRules.Plugins.DistributionLists;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0002Tests
{
    [Fact]
    public void Role_names_list_prefixes_and_known_lists_are_reported() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header
            + Template.Row("{|B2B0002:info@northwind.com|}") + Template.Row("{|B2B0002:dl-sales@adatum.com|}")
            + Template.Row("{|B2B0002:project-x@fabrikam.com|}") + Template.Row("maria.lopez@fabrikam.com"),
            "rules:\n  B2B0002:\n    options: { knownLists: [project-x@fabrikam.com] }\n");

    [Fact]
    public void Excepted_local_parts_are_not_reported() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("sales@northwind.com"),
            "rules:\n  B2B0002:\n    options: { exceptLocalParts: [sales] }\n");
}
