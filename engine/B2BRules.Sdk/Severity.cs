namespace B2BRules.Sdk;

/// <summary>How serious a finding is. Maps to the SARIF levels none, note, warning and error.</summary>
public enum Severity
{
    /// <summary>Recorded in machine output only (SARIF level <c>none</c>); never fails a run.</summary>
    Hidden = 0,

    /// <summary>Worth knowing; never blocks an invitation.</summary>
    Note = 1,

    /// <summary>Likely a problem; adapters hold such rows by default.</summary>
    Warning = 2,

    /// <summary>The invitation would fail or break policy; adapters skip such rows.</summary>
    Error = 3,
}
