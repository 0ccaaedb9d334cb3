namespace B2BRules.Engine.Findings;

/// <summary>
/// The order of a batch's findings in every report: by place, then rule, then message; findings equal in all three
/// keep the order they were reported in.
/// </summary>
internal static class ReportOrder
{
    public static readonly Comparer<Finding> Comparer = Comparer<Finding>.Create((a, b) =>
    {
        var (x, y) = (a.Diagnostic, b.Diagnostic);
        var order = ByPlaceAndRule(x.Location.StartLine, x.Location.StartColumn, x.Id, y.Location.StartLine, y.Location.StartColumn, y.Id);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    });

    /// <summary>The first two keys of the order (the table compares its records by these without making findings).</summary>
    public static int ByPlaceAndRule(int xLine, int xColumn, string xRuleId, int yLine, int yColumn, string yRuleId)
    {
        var order = xLine.CompareTo(yLine);
        order = order != 0 ? order : xColumn.CompareTo(yColumn);
        return order != 0 ? order : string.CompareOrdinal(xRuleId, yRuleId);
    }

    /// <summary>Puts a batch's findings in report order, in place.</summary>
    public static void Sort(FindingTable findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        findings.Reorder(Order(findings.Count, findings.CompareInReportOrder));
    }

    /// <summary>
    /// The stable sorted order of <paramref name="count"/> items, as the item for each position. Rules report as the
    /// rows go by, so findings arrive in line order but for the order within a row and the few findings about earlier
    /// lines reported later: an insertion sort puts those in place at little more than one comparison per finding.
    /// Past a budget of moves (findings far out of order) it gives way to a full sort, ties broken by arrival, so it
    /// never degrades to quadratic time.
    /// </summary>
    private static int[] Order(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var movesLeft = (8L * count) + 1024;
        for (var i = 1; i < count; i++)
        {
            var item = order[i];
            var j = i - 1;
            for (; j >= 0 && compare(order[j], item) > 0; j--)
            {
                if (--movesLeft < 0)
                {
                    var all = Enumerable.Range(0, count).ToArray();
                    Array.Sort(all, (x, y) => compare(x, y) is var c && c != 0 ? c : x.CompareTo(y));
                    return all;
                }

                order[j + 1] = order[j];
            }

            order[j + 1] = item;
        }

        return order;
    }
}
