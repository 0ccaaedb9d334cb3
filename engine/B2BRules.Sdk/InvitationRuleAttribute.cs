namespace B2BRules.Sdk;

/// <summary>Marks an <see cref="InvitationRule"/> subclass for discovery when its plugin assembly loads.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InvitationRuleAttribute : Attribute
{
}
