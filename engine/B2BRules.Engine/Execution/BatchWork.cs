using B2BRules.Engine.Checking;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// The rule calls of one batch as a resumable walk — batch start, every row, batch end — so that a fresh worker can
/// carry on exactly where an abandoned one stopped. Only the current worker moves the cursor.
/// </summary>
internal sealed class BatchWork(IReadOnlyList<RuleInBatch> rules, Batch batch, IEnumerator<InvitationRow> rows, BatchRun run, CancellationToken cancellationToken, CheckProgress? progress = null)
{
    private const int ProgressBlock = 4096;

    private enum Phase
    {
        Start,
        Rows,
        End,
        Done,
    }

    private Phase _phase = Phase.Start;
    private int _ruleIndex;
    private InvitationRow? _row;

    public int RowCount { get; private set; }

    public bool IsDone => _phase == Phase.Done;

    /// <summary>Runs on a worker thread until the walk ends or the worker is abandoned.</summary>
    public void Continue()
    {
        if (_phase == Phase.Start)
        {
            for (; _ruleIndex < rules.Count; _ruleIndex++)
            {
                if (!rules[_ruleIndex].Start(batch))
                {
                    return;
                }
            }

            (_phase, _ruleIndex) = (Phase.Rows, 0);
        }

        if (_phase == Phase.Rows && !WalkRows())
        {
            return;
        }

        if (_phase == Phase.End)
        {
            for (; _ruleIndex < rules.Count; _ruleIndex++)
            {
                if (!rules[_ruleIndex].End(batch, RowCount))
                {
                    return;
                }
            }

            foreach (var rule in rules)
            {
                rule.ReportUnreadOptions();
            }

            _phase = Phase.Done;
        }
    }

    private bool WalkRows()
    {
        while (true)
        {
            if (_row is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // What the reader reports while reading on (B2B0100, B2B0104, B2B0112) belongs to no invitee: not to the
                // previous row, whose email a suppression could otherwise match.
                run.CurrentRow = null;
                if (!rows.MoveNext())
                {
                    break;
                }

                (_row, _ruleIndex) = (rows.Current, 0);
                if (++RowCount % ProgressBlock == 0)
                {
                    progress?.AddRows(ProgressBlock);
                }

                run.CurrentRow = _row;
            }

            for (; _ruleIndex < rules.Count; _ruleIndex++)
            {
                if (!rules[_ruleIndex].Visit(_row))
                {
                    return false;
                }
            }

            _row = null;
        }

        run.CurrentRow = null;
        progress?.AddRows(RowCount % ProgressBlock);
        (_phase, _ruleIndex) = (Phase.End, 0);
        return true;
    }
}
