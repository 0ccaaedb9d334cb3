namespace B2BRules.Sdk;

/// <summary>
/// One value from rules.yaml with the place it was written. <see cref="Value"/> is a <see cref="string"/> (any scalar),
/// an <see cref="IReadOnlyList{T}"/> of <see cref="OptionValue"/>, an <see cref="IReadOnlyDictionary{TKey, TValue}"/>
/// of string to <see cref="OptionValue"/>, or <see langword="null"/>.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it was written (file, line, column), when known.</param>
public sealed record OptionValue(object? Value, Location? Source = null)
{
    /// <summary>A short name of the value's shape, for messages.</summary>
    public string Shape => Value switch
    {
        null => "nothing",
        string => "a scalar",
        IReadOnlyList<OptionValue> => "a list",
        _ => "a mapping",
    };
}
