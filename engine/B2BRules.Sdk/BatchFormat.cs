namespace B2BRules.Sdk;

/// <summary>The CSV layouts B2BRules reads.</summary>
public enum BatchFormat
{
    /// <summary>The header could not be recognised (B2B0101).</summary>
    Unknown = 0,

    /// <summary>Today's Entra "Bulk invite users" template: a <c>version:v1.0</c> line, then bracketed property names.</summary>
    EntraBulkInviteV1 = 1,

    /// <summary>The October 2015 B2B preview format (<c>InviteAppID</c>, <c>InviteReplyUrl</c>, <c>InviteContactUsUrl</c>).</summary>
    Preview2015 = 2,

    /// <summary>The May 2016 B2B preview format (<c>InvitationText</c>, <c>InviteRedirectUrl</c>, <c>CcEmailAddress</c>).</summary>
    Preview2016 = 3,
}
