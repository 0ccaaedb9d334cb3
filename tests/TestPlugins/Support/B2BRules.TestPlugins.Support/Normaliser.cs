namespace Support;

/// <summary>A helper the MissingDependency test plugin calls; the test deletes this assembly from the plugin's folder.</summary>
public static class Normaliser
{
    public static string Normalise(string value) => value.Trim().ToLowerInvariant();
}
