using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Scriban's accessor for a view record (any class a template reads by its properties), with its reads of
/// properties made through <see cref="PropertyReader"/> delegates. Which members a template sees, and by what
/// names, stays Scriban's: every other question goes to Scriban's own accessor, and a type whose members this
/// accessor would not name exactly as Scriban does keeps Scriban's accessor alone.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private readonly IObjectAccessor _scriban;
    private readonly Dictionary<string, PropertyReader> _readers;

    private ViewAccessor(IObjectAccessor scriban, Dictionary<string, PropertyReader> readers)
    {
        _scriban = scriban;
        _readers = readers;
    }

    /// <summary>The accessor for <paramref name="target"/>: <paramref name="scriban"/>'s own unless it reads a class's properties by reflection.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = PropertyReader.ViewsKeptWhole)]
    public static IObjectAccessor For(object target, IObjectAccessor scriban, TemplateContext context)
    {
        var type = target.GetType();
        if (scriban is not TypedObjectAccessor || type.IsValueType)
        {
            return scriban;
        }

        var readers = new Dictionary<string, PropertyReader>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            if (declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).Length > 0)
            {
                return scriban;
            }

            // As Scriban names them: the most derived first, ignored and filtered members left out, the renamer's name.
            foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (property.GetMethod is not { IsPublic: true, IsStatic: false }
                    || property.GetIndexParameters().Length > 0
                    || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null
                    || context.MemberFilter?.Invoke(property) == false)
                {
                    continue;
                }

                // No delegate can return these; Scriban fails on such a property only if a template reads it.
                if (property.PropertyType.IsByRefLike || property.PropertyType.IsPointer)
                {
                    return scriban;
                }

                var name = context.MemberRenamer(property);
                readers.TryAdd(string.IsNullOrEmpty(name) ? property.Name : name, PropertyReader.Of(property));
            }
        }

        var named = scriban.GetMembers(context, default, target).ToHashSet(StringComparer.Ordinal);
        return named.SetEquals(readers.Keys) ? new ViewAccessor(scriban, readers) : scriban;
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_readers.TryGetValue(member, out var reader))
        {
            value = reader.Read(target);
            return true;
        }

        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => _scriban.HasIndexer;

    public Type? IndexType => _scriban.IndexType;
}
