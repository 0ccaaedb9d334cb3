using System.Text;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// Keeps what plugin code prints out of the tool's own output: while a check runs, Console.Out and Console.Error are
/// redirected, and text is attributed to the rule or plugin running on that thread. Each source that printed becomes
/// one B2B9007 note. Redirection is process-wide, so nested or concurrent runs share one redirect (reference-counted).
/// </summary>
internal sealed class ConsoleCapture : IDisposable
{
    /// <summary>At most this much text is kept per source; the rest is counted.</summary>
    private const int KeptCharacters = 200;

    private static readonly Lock Gate = new();
    private static int s_depth;
    private static TextWriter? s_out;
    private static TextWriter? s_error;

    // Flows into the rule worker threads the run starts (a Thread captures the execution context), unlike [ThreadStatic].
    private static readonly AsyncLocal<ConsoleCapture?> Active = new();

    [ThreadStatic]
    private static string? t_source;

    [ThreadStatic]
    private static Func<string?>? t_sourceOfThread;

    private readonly Dictionary<string, (StringBuilder Kept, long Total)> _bySource = new(StringComparer.Ordinal);
    private readonly ConsoleCapture? _outer;

    private ConsoleCapture()
    {
        _outer = Active.Value;
        Active.Value = this;
    }

    public static ConsoleCapture Start()
    {
        lock (Gate)
        {
            if (s_depth++ == 0)
            {
                (s_out, s_error) = (Console.Out, Console.Error);
                var redirect = TextWriter.Synchronized(new Redirect());
                Console.SetOut(redirect);
                Console.SetError(redirect);
            }
        }

        return new ConsoleCapture();
    }

    /// <summary>Attributes console text on this thread to a source until the scope is disposed.</summary>
    public static SourceScope Attribute(string source)
    {
        var previous = t_source;
        t_source = source;
        return new SourceScope(previous);
    }

    /// <summary>
    /// Attributes console text on this thread, outside any <see cref="Attribute"/> scope, to whatever
    /// <paramref name="source"/> names when the text is written. Rule workers use it: asking the watchdog which rule is
    /// running costs nothing until a plugin prints, where a scope per rule call would cost on every row.
    /// </summary>
    public static void AttributeThread(Func<string?> source) => t_sourceOfThread = source;

    /// <summary>One note per source that printed.</summary>
    public IEnumerable<ToolNotification> Notifications()
    {
        lock (_bySource)
        {
            return [.. _bySource.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ToolNotification(
                ToolNotifications.PluginWroteToConsole,
                $"{p.Key} wrote {p.Value.Total} characters to the console, kept out of the reports; it began: '{p.Value.Kept.ToString().ReplaceLineEndings(" ").Trim()}'",
                null, Severity.Note, NotificationKind.Execution))];
        }
    }

    public void Dispose()
    {
        Active.Value = _outer;
        lock (Gate)
        {
            if (--s_depth == 0)
            {
                Console.SetOut(s_out!);
                Console.SetError(s_error!);
            }
        }
    }

    private void Append(string text)
    {
        lock (_bySource)
        {
            var source = t_source ?? t_sourceOfThread?.Invoke() ?? "Plugin code";
            var (kept, total) = _bySource.TryGetValue(source, out var entry) ? entry : (new StringBuilder(), 0L);
            kept.Append(text.AsSpan(0, Math.Min(text.Length, Math.Max(0, KeptCharacters - kept.Length))));
            _bySource[source] = (kept, total + text.Length);
        }
    }

    internal readonly struct SourceScope(string? previous) : IDisposable
    {
        public void Dispose() => t_source = previous;
    }

    /// <summary>Sends text to the capture of the run on this thread; text from other threads goes to the real stderr.</summary>
    private sealed class Redirect : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (Active.Value is { } capture)
            {
                capture.Append(value);
            }
            else
            {
                s_error?.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    }
}
