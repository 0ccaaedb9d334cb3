namespace B2BRules.Engine.Findings;

/// <summary>
/// What suppressions and a baseline say of a batch's findings, given once the findings are sorted and fingerprinted.
/// Marking makes a new table over the same records with the marks beside them, so a marked run keeps its findings as
/// compactly as an unmarked one (marking by making new findings held every finding as objects again).
/// </summary>
internal sealed partial class FindingTable
{
    private readonly IReadOnlyDictionary<int, Marks>? _marks;

    /// <summary>A table over the records of another, with marks; both are read-only by then.</summary>
    private FindingTable(FindingTable records, IReadOnlyDictionary<int, Marks> marks)
    {
        _blocks = records._blocks;
        _texts = records._texts;
        _whole = records._whole;
        _rules = records._rules;
        _names = records._names;
        Count = records.Count;
        _marks = marks;
    }

    /// <summary>
    /// The findings with their suppression and baseline state as <paramref name="mark"/> gives them: it returns the
    /// finding it is given, or a copy differing only in <see cref="Finding.Suppression"/> and <see cref="Finding.Baseline"/>.
    /// </summary>
    public FindingTable Marked(Func<Finding, Finding> mark)
    {
        var marks = _marks is null ? [] : new Dictionary<int, Marks>(_marks);
        for (var i = 0; i < Count; i++)
        {
            var finding = Read(i);
            var marked = mark(finding);
            if (ReferenceEquals(marked, finding))
            {
                continue;
            }

            if (marked != finding with { Suppression = marked.Suppression, Baseline = marked.Baseline })
            {
                throw new InvalidOperationException("Marking may change a finding's suppression and baseline state only.");
            }

            marks[i] = new Marks(marked.Suppression, marked.Baseline);
        }

        return new FindingTable(this, marks);
    }

    private Finding WithMarks(int index, Finding finding) =>
        _marks is not null && _marks.TryGetValue(index, out var marks) ? finding with { Suppression = marks.Suppression, Baseline = marks.Baseline } : finding;

    private readonly record struct Marks(AppliedSuppression? Suppression, BaselineState? Baseline);
}
