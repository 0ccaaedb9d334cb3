namespace B2BRules.Engine.Checking;

/// <summary>
/// How far a run has got, updated by the batches as they are checked (from several threads) and read by a progress
/// display. Rows are counted in blocks, so reading costs the runner nothing per row.
/// </summary>
public sealed class CheckProgress
{
    private long _rows;
    private int _filesDone;
    private int _filesTotal;

    /// <summary>Invitee rows handed to rules so far, across all batches.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>Batches finished.</summary>
    public int FilesDone => Volatile.Read(ref _filesDone);

    /// <summary>Batches in the run (known once the inputs are resolved).</summary>
    public int FilesTotal => Volatile.Read(ref _filesTotal);

    internal void Start(int files) => Volatile.Write(ref _filesTotal, files);

    internal void AddRows(int rows) => Interlocked.Add(ref _rows, rows);

    internal void FileDone() => Interlocked.Increment(ref _filesDone);
}
