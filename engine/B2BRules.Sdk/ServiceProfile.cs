namespace B2BRules.Sdk;

/// <summary>
/// Which service a configuration judges batches against: the built-in profile in force (the last <c>builtin:</c>
/// profile a rules file extends, directly or through another file; the 2016 preview when none is named). Rules whose
/// texts state facts about the service word them for the profile in force, since the 2016 preview and today's
/// service differ on what can be invited and how.
/// </summary>
public enum ServiceProfile
{
    /// <summary><c>builtin:preview-2016</c>: the Azure AD B2B collaboration preview of 2015–2016 (the descriptors' defaults).</summary>
    Preview2016 = 0,

    /// <summary><c>builtin:entra</c>: today's Microsoft Entra B2B collaboration.</summary>
    Entra = 1,
}
