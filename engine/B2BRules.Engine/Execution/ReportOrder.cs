namespace B2BRules.Engine.Execution;

/// <summary>
/// The order of a batch's findings in every report: by place, then rule, then message; findings equal in all three
/// keep the order they were reported in.
/// </summary>
internal static class ReportOrder
{
    public static readonly Comparer<Finding> Comparer = Comparer<Finding>.Create((a, b) =>
    {
        var (x, y) = (a.Diagnostic, b.Diagnostic);
        var order = x.Location.StartLine.CompareTo(y.Location.StartLine);
        order = order != 0 ? order : x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        order = order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    });

    /// <summary>
    /// Sorts the findings (stably). Rules report as the rows go by, so findings arrive in line order but for the order
    /// within a row and the few findings about earlier lines reported later: an insertion sort puts those in place at
    /// little more than one comparison per finding. Past a budget of moves (findings far out of order) it gives way to a
    /// merge-based stable sort, so it never degrades to quadratic time.
    /// </summary>
    public static Finding[] Sort(IReadOnlyCollection<Finding> findings)
    {
        Finding[] items = [.. findings];
        var movesLeft = (8L * items.Length) + 1024;
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && Comparer.Compare(items[j], item) > 0; j--)
            {
                if (--movesLeft < 0)
                {
                    return [.. findings.Order(Comparer)];
                }

                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }

        return items;
    }
}
