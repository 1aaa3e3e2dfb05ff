using System.Collections.Frozen;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Search;
using Scriban;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The data one page's HTML was made from: the records its templates saw (<c>site</c>, <c>page</c>,
/// <c>model</c>, which compare by value), the asset addresses and the language file's texts, which the templates
/// read by key (the same object while the file is unchanged). With the templates the render read
/// (layout, base and every included partial), equal fingerprints mean equal bytes.
/// </summary>
internal sealed record PageFingerprint(SiteView Site, PageView Page, object Model, string Assets, UiStrings Words);

/// <summary>A page an earlier build made from the same inputs: its bytes, or, where the previous output holds it unchanged, only its recorded links.</summary>
internal abstract record EarlierPage
{
    /// <summary>The bytes, kept in memory.</summary>
    public sealed record Kept(byte[] Html) : EarlierPage;

    /// <summary>In the previous output as it is, with the links and ids found in it when it was written.</summary>
    public sealed record InOutput(PageLinks Links) : EarlierPage;
}

/// <summary>
/// What rendering may reuse from an earlier build: parsed templates, a page whose fingerprint and templates are
/// unchanged, a site-wide file made from an equal record, and the links found in an unchanged page. Rendering
/// asks the same questions in every build; a one-shot build's memo answers each by doing the work.
/// </summary>
internal interface IRenderMemo
{
    Template? Template(ThemeFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, Template?> parse);

    /// <summary>Tells the memo this build's parsed templates, before any page is looked up.</summary>
    void UseTheme(IEnumerable<Template> templates);

    /// <summary>
    /// The page an earlier build made from the same inputs, found before its views are made; null when they must be
    /// made and compared (<see cref="Page"/>).
    /// </summary>
    /// <param name="inputs">
    /// A hash of everything the page is made from: the site's <see cref="Resolution.ResolvedSite.InputFace"/>, the
    /// edition's search plan, and the page's own text, if it has one.
    /// </param>
    EarlierPage? PageFromInputs(string path, UInt128 inputs);

    /// <summary>The page an earlier build made, or null when it must be rendered.</summary>
    /// <param name="path">Where the page is written in the output.</param>
    /// <param name="currentTemplate">The theme's current parsed template of a name, or null.</param>
    EarlierPage? Page(string url, string path, PageFingerprint fingerprint, Func<string, Template?> currentTemplate);

    /// <summary>Whether <see cref="Keep"/> keeps pages, so the renderer lists the templates a page read only when someone asks.</summary>
    bool KeepsPages { get; }

    /// <summary>Keeps a page just rendered for the next build.</summary>
    /// <param name="html">The page's bytes, lent by the renderer; the memo keeps its own copy.</param>
    /// <returns>The memo's copy, handed over to whatever takes the page next.</returns>
    byte[] Keep(string url, PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, ReadOnlySpan<byte> html);

    /// <summary>A site-wide file (feed, sitemap, data) made from <paramref name="key"/>, a record that compares by value.</summary>
    /// <returns>The file's bytes, or null when the previous output holds the file as an equal record made it.</returns>
    byte[]? SiteFile(string path, object key, Func<byte[]> make);

    /// <summary>
    /// Whether the previous output holds the file at <paramref name="path"/> as an equal <paramref name="key"/> made it,
    /// so that it need not be made at all: <see cref="SiteFile"/> for a file made into a lent buffer, which a maker
    /// could hand over only as a copy. The key is kept for the next build either way.
    /// </summary>
    bool Unchanged(string path, object key);

    /// <summary>
    /// Whether the previous output holds the file at <paramref name="path"/> as the build that wrote it made it from
    /// the same <paramref name="inputs"/>, so that it is left as it is and what it is made from is not even made: a
    /// search document's file, known like a page (<see cref="PageFromInputs"/>). The inputs are kept for the next build
    /// either way; when this says no, the file is made and asked about with <see cref="Unchanged"/> or handed over.
    /// </summary>
    bool FileFromInputs(string path, UInt128 inputs);

    /// <summary>The links and ids of a page handed over as an array, scanned again only when it is not the array scanned last time.</summary>
    PageLinks Links(string path, byte[] html, Func<PageLinks> scan);

    /// <summary>Forgets the links of pages this build did not make.</summary>
    void KeepLinksOf(IReadOnlyDictionary<string, PageLinks> pages);

    /// <summary>
    /// The pages left as the build that recorded them wrote them, whose links need no check again: that build checked
    /// them, and while every file its output had is still planned and no page has lost an id, each still names a file
    /// and an id this build has. Empty when that does not hold.
    /// </summary>
    /// <param name="files">Every file this build plans.</param>
    /// <param name="pages">Every page's links and ids in this build.</param>
    IReadOnlySet<string> CheckedBefore(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages);

    /// <summary>The memo of one edition's search index.</summary>
    ISearchMemo Search(string language);
}

/// <summary>Reuses nothing: every template is parsed and every page and file made, as a one-shot build does.</summary>
internal sealed class NoRenderMemo : IRenderMemo
{
    public static readonly NoRenderMemo Instance = new();

    private NoRenderMemo()
    {
    }

    public bool KeepsPages => false;

    public Template? Template(ThemeFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, Template?> parse) => parse(diagnostics);

    public void UseTheme(IEnumerable<Template> templates)
    {
    }

    public EarlierPage? PageFromInputs(string path, UInt128 inputs) => null;

    public EarlierPage? Page(string url, string path, PageFingerprint fingerprint, Func<string, Template?> currentTemplate) => null;

    public byte[] Keep(string url, PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, ReadOnlySpan<byte> html) =>
        throw new InvalidOperationException("a memo that keeps no pages is never asked to keep one");

    public byte[]? SiteFile(string path, object key, Func<byte[]> make) => make();

    public bool Unchanged(string path, object key) => false;

    public bool FileFromInputs(string path, UInt128 inputs) => false;

    public PageLinks Links(string path, byte[] html, Func<PageLinks> scan) => scan();

    public void KeepLinksOf(IReadOnlyDictionary<string, PageLinks> pages)
    {
    }

    public IReadOnlySet<string> CheckedBefore(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages) => FrozenSet<string>.Empty;

    public ISearchMemo Search(string language) => NoSearchMemo.Instance;
}
