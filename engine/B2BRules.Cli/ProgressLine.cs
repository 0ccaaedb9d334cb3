using System.Globalization;
using System.Text;
using B2BRules.Engine.Checking;

namespace B2BRules.Cli;

/// <summary>
/// A one-line progress display on a terminal's standard error for long runs: it appears only after half a second,
/// redraws five times a second ("checking 3/50 files · 1,234,567 rows · 0:04"), and is erased when the run ends, so
/// short runs and redirected output never see it. It writes to the raw stream: while a check runs, Console.Error is
/// redirected to keep plugins' output out of the reports.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly CheckProgress _progress;
    private readonly Stream _stderr = Console.OpenStandardError();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _drawn;
    private bool _stopped;

    private ProgressLine(CheckProgress progress)
    {
        _progress = progress;
        _timer = new Timer(_ => Draw(), null, Delay, Interval);
    }

    /// <summary>Starts a display when standard error is a terminal and the user did not ask for quiet; else null.</summary>
    public static ProgressLine? Start(CheckProgress progress, bool quiet) =>
        quiet || !ConsoleTerminal.CanShowProgress ? null : new ProgressLine(progress);

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _stopped = true;
            if (_drawn)
            {
                Write("\r\u001b[2K");
            }
        }

        _stderr.Dispose();
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var elapsed = _clock.Elapsed;
            Write(string.Create(CultureInfo.InvariantCulture,
                $"\r\u001b[2Kchecking {_progress.FilesDone}/{_progress.FilesTotal} files · {_progress.Rows:N0} rows · {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}"));
            _drawn = true;
        }
    }

    private void Write(string text)
    {
        _stderr.Write(Encoding.UTF8.GetBytes(text));
        _stderr.Flush();
    }
}
