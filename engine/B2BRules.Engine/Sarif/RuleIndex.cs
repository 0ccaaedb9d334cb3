using B2BRules.Engine.Plugins;

namespace B2BRules.Engine.Sarif;

/// <summary>Where each rule ID sits in the log: component 0 is the driver, n is extension n-1; the index is within that component's rules.</summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, (int Component, int Index)> _positions = new(StringComparer.Ordinal);

    public static RuleIndex Build(RuleCatalog catalog)
    {
        var index = new RuleIndex();
        var component = 0;
        foreach (var c in catalog.Components)
        {
            var rules = c.SortedDescriptors;
            for (var i = 0; i < rules.Length; i++)
            {
                index._positions.TryAdd(rules[i].Id, (component, i));
            }

            component++;
        }

        return index;
    }

    /// <summary>The rule's place; component -1 when no component of this run declares it (e.g. a baseline's old rule).</summary>
    public (int Component, int Index) Find(string id) => _positions.TryGetValue(id, out var position) ? position : (-1, -1);
}
