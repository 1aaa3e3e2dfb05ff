using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Briefing.Engine.Rendering;

/// <summary>
/// One public property of a view record, read through a delegate. Every property of every page's views is read
/// by the templates that render the page, and by the build cache's view hash of it. Through
/// <see cref="PropertyInfo.GetValue(object)"/>, which the program runs interpreted (see its project file), the
/// hash's reads were the largest single item in a profile of a build with the cache at ten thousand briefings,
/// and the templates' reads about a tenth of rendering a page.
/// </summary>
internal abstract class PropertyReader
{
    /// <summary>Why reading a view's members found at run time is safe in a trimmed program.</summary>
    public const string ViewsKeptWhole = "Views are records of Briefing.Engine, which the published program keeps whole: its project does not mark it trimmable.";

    // One reader per property for the process: each template context and the view hash ask for the same ones.
    private static readonly ConcurrentDictionary<PropertyInfo, PropertyReader> Readers = new();

    public abstract object? Read(object record);

    /// <summary>The reader of a property as found on a type (its <see cref="MemberInfo.ReflectedType"/>), for records of that type and types derived from it.</summary>
    public static PropertyReader Of(PropertyInfo property) => Readers.GetOrAdd(property, Make);

    private static PropertyReader Make(PropertyInfo property)
    {
        // Compiled ahead of time, a program has only the generic code it was compiled with: a reader made for a
        // property's type at run time would have none. Reflection's own reads are compiled for every property.
        var type = property.ReflectedType!;
        return type.IsValueType || !RuntimeFeature.IsDynamicCodeSupported
            ? new Reflected(property)
            : (PropertyReader)Activator.CreateInstance(typeof(Typed<,>).MakeGenericType(type, property.PropertyType), property.GetMethod!)!;
    }

    private sealed class Typed<TRecord, TValue>(MethodInfo getter) : PropertyReader
        where TRecord : class
    {
        private readonly Func<TRecord, TValue> _get = getter.CreateDelegate<Func<TRecord, TValue>>();

        public override object? Read(object record) => _get((TRecord)record);
    }

    /// <summary>A struct's getter takes its record by reference, which no <see cref="Func{T, TResult}"/> can pass.</summary>
    private sealed class Reflected(PropertyInfo property) : PropertyReader
    {
        public override object? Read(object record) => property.GetValue(record);
    }
}
