using System.Collections.Frozen;
using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary>
/// <c>domainIn</c> / <c>domainNotIn</c>: the cell's domain (after the '@' of an address, else the whole cell) is (or is
/// not) a listed domain or a subdomain of one — how a tenant's collaboration allow and deny lists match.
/// </summary>
internal sealed class DomainInFunction(string field, Location where, IEnumerable<string> domains, bool negate) : CellCondition(field, where)
{
    private readonly FrozenSet<string> _domains = domains.Select(d => d.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    protected override bool Test(string value, ConditionState state)
    {
        var domain = EmailAddress.DomainOf(value) ?? value.TrimEnd('.').ToLowerInvariant();
        return (domain.Length > 0 && EmailAddress.IsInDomains(domain, _domains)) != negate;
    }
}
