using System.Collections.ObjectModel;

namespace Briefing.Engine.Rendering;

/// <summary>
/// A read-only list that is equal to another with equal items in the same order. View records hold
/// their lists as these, so two views of the same content compare equal and an unchanged page is not
/// rendered again. Templates see an ordinary list (<c>for</c>, <c>.size</c>, <c>array.join</c>).
/// </summary>
internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    public ValueList(IList<T> items)
        : base(items)
    {
    }

    public static ValueList<T> None { get; } = new(Array.Empty<T>());

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        // Indexing rather than enumerating: every rebuild compares thousands of these.
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(Items[i], other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

internal static class ValueList
{
    /// <summary>Wraps a list the build made and no longer changes; copies anything else.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) =>
        items as ValueList<T> ?? new(items as IList<T> ?? items.ToList());
}
