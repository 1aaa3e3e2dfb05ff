using System.Collections;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Briefing.Tests.Infrastructure;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefing.Tests.Rendering;

/// <summary>
/// Templates read the engine's view records through delegates rather than Scriban's reflection; they must
/// see the same members, under the same names, with the same values, as Scriban's own accessor gives them.
/// </summary>
public sealed class ViewAccessorTests
{
    [Fact]
    public void Templates_ReadEveryRecordOfTheRealSitesViews_AsScribansAccessorDoes()
    {
        var scriban = new TemplateContext();
        var context = Context();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var types = new HashSet<Type>();
        var pending = new Stack<object>(SiteViews.Of(SiteEdits.RealSite()));
        while (pending.TryPop(out var value))
        {
            if (!seen.Add(value))
            {
                continue;
            }

            if (value is IList list)
            {
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        pending.Push(item);
                    }
                }

                continue;
            }

            if (scriban.GetMemberAccessor(value) is not TypedObjectAccessor reflected)
            {
                continue;
            }

            var accessor = context.GetMemberAccessor(value);
            Assert.IsType<ViewAccessor>(accessor);
            Assert.Equal(reflected.GetMembers(scriban, default, value), accessor.GetMembers(context, default, value));
            foreach (var member in reflected.GetMembers(scriban, default, value))
            {
                Assert.True(reflected.TryGetValue(scriban, default, value, member, out var expected));
                Assert.True(accessor.TryGetValue(context, default, value, member, out var actual));
                Assert.Equal(expected, actual);
                if (actual is not null && !actual.GetType().IsPrimitive && actual is not string)
                {
                    pending.Push(actual);
                }
            }

            types.Add(value.GetType());
        }

        // The briefing, entity, source, card, link, reference and timeline records, and the rest they hold.
        Assert.InRange(types.Count, 20, int.MaxValue);
    }

    [Fact]
    public void Templates_ReadAHiddenProperty_IgnoredMembers_AndAnInheritedOne_AsScribanDoes()
    {
        var value = new Derived("derived", "base", "secret", "kept");

        Assert.Equal("derived|kept|", Render("{{ model.name }}|{{ model.kept }}|{{ model.hidden }}", value, strict: false));
        Assert.Equal(Render("{{ model.name }}|{{ model.kept }}", value, strict: false), ScribanRender("{{ model.name }}|{{ model.kept }}", value));
        Assert.IsType<ViewAccessor>(Context().GetMemberAccessor(value));
    }

    [Fact]
    public void Templates_ReadARecordWithAPublicField_ThroughScribansOwnAccessor()
    {
        var value = new WithField { Title = "t" };

        Assert.IsType<TypedObjectAccessor>(Context().GetMemberAccessor(value));
        Assert.Equal("t|f", Render("{{ model.title }}|{{ model.field }}", value, strict: true));
    }

    [Fact]
    public void Templates_ReadAClassWithASpanProperty_ThroughScribansOwnAccessor()
    {
        var value = new WithSpan();

        Assert.IsType<TypedObjectAccessor>(Context().GetMemberAccessor(value));
        Assert.Equal("t", Render("{{ model.title }}", value, strict: true));
    }

    [Fact]
    public void Templates_MisspeltMemberOfARecord_IsStillAnError()
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ model.nmae }}", new Derived("a", "b", "c", "d"), strict: true));

        Assert.Contains("nmae", error.Message, StringComparison.Ordinal);
    }

    private static HtmlTemplateContext Context() =>
        new(new ThemeTemplates(new Theme([], [], []), new DiagnosticBag(), NoRenderMemo.Instance));

    private static string Render(string template, object model, bool strict)
    {
        var context = Context();
        context.StrictVariables = strict;
        context.EnableRelaxedMemberAccess = !strict;
        var globals = new ScriptObject { ["model"] = model };
        context.BeginPage(globals);
        return System.Text.Encoding.UTF8.GetString(context.RenderPage(Template.Parse(template)));
    }

    private static string ScribanRender(string template, object model)
    {
        var context = new TemplateContext { EnableRelaxedMemberAccess = true };
        context.PushGlobal(new ScriptObject { ["model"] = model });
        return Template.Parse(template).Render(context);
    }

    internal record Base(string Name, string Kept);

    internal sealed record Derived(string DerivedName, string BaseName, string Secret, string OwnKept) : Base(BaseName, OwnKept)
    {
        public new string Name => DerivedName;

        [ScriptMemberIgnore]
        public string Hidden => Secret;

        public string this[int index] => Secret;

        public static string Shared => "static";
    }

    internal sealed class WithSpan
    {
        public string Title { get; init; } = "t";

        public ReadOnlySpan<char> Letters => Title.AsSpan();
    }

    internal sealed class WithField
    {
        public string Field = "f";

        public string Title { get; init; } = string.Empty;
    }
}
