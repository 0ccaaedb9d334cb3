namespace B2BRules.Sdk.Adapters;

/// <summary>Everything an adapter acts on: one planned batch, where to write, and its settings.</summary>
public sealed class AdapterContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="batchPath">The batch file on disk.</param>
    /// <param name="format">The batch's format.</param>
    /// <param name="policy">The policy in force for the batch.</param>
    /// <param name="rows">Every readable invitee row, planned.</param>
    /// <param name="unreadable">Findings on records that could not be read as rows (malformed, wrong field count, blank): never sent.</param>
    /// <param name="batchFindings">Findings about the batch as a whole.</param>
    /// <param name="refusal">Why the whole batch is refused, or null.</param>
    /// <param name="outputDirectory">Where to write files.</param>
    /// <param name="settings">Adapter settings from the command line (<c>--setting key=value</c> and the adapter's own options).</param>
    /// <param name="log">Where to write progress for people.</param>
    public AdapterContext(
        string batchPath,
        BatchFormat format,
        Policy policy,
        IReadOnlyList<PlannedRow> rows,
        IReadOnlyList<Diagnostic> unreadable,
        IReadOnlyList<Diagnostic> batchFindings,
        string? refusal,
        string outputDirectory,
        IReadOnlyDictionary<string, string> settings,
        TextWriter log)
    {
        BatchPath = batchPath;
        Format = format;
        Policy = policy;
        Rows = rows;
        Unreadable = unreadable;
        BatchFindings = batchFindings;
        Refusal = refusal;
        OutputDirectory = outputDirectory;
        Settings = settings;
        Log = log;
    }

    /// <summary>The batch file on disk.</summary>
    public string BatchPath { get; }

    /// <summary>The batch's file name without extension: the stem of every file an adapter writes.</summary>
    public string BatchName => Path.GetFileNameWithoutExtension(BatchPath);

    /// <summary>The batch's format.</summary>
    public BatchFormat Format { get; }

    /// <summary>The policy in force for the batch.</summary>
    public Policy Policy { get; }

    /// <summary>Every readable invitee row, planned, in file order.</summary>
    public IReadOnlyList<PlannedRow> Rows { get; }

    /// <summary>Findings on records that could not be read as rows; such records are never sent.</summary>
    public IReadOnlyList<Diagnostic> Unreadable { get; }

    /// <summary>Findings about the batch as a whole.</summary>
    public IReadOnlyList<Diagnostic> BatchFindings { get; }

    /// <summary>Why the whole batch is refused (a batch-scoped error the adapter does not handle), or null.</summary>
    public string? Refusal { get; }

    /// <summary>Where to write files.</summary>
    public string OutputDirectory { get; }

    /// <summary>Adapter settings.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Where to write progress for people.</summary>
    public TextWriter Log { get; }

    /// <summary>Where to report (done, total) as rows are acted on; the CLI shows a progress bar on an interactive console.</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }
}
