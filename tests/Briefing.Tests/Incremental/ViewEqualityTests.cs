using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>Views built twice from the same input compare equal (and differ after an edit): what lets a rebuild skip unchanged pages.</summary>
public sealed class ViewEqualityTests
{
    [Fact]
    public void Views_BuiltTwiceFromSameInput_AreEqual()
    {
        var first = SiteViews.Of(SiteEdits.RealSite());
        var second = SiteViews.Of(SiteEdits.RealSite());

        Assert.Equal(first.Count, second.Count);
        foreach (var (a, b) in first.Zip(second))
        {
            Assert.NotSame(a, b);
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void Views_AfterEntityRename_DifferWhereTheNameIsShown()
    {
        var site = SiteEdits.RealSite();
        var before = SiteViews.Of(site);
        var after = SiteViews.Of(site.Replace("input/entities/honda.yml", "name: Honda Motor Co.", "name: Honda Motor Company"));

        var changed = before.Zip(after).Count(pair => !pair.First.Equals(pair.Second));

        Assert.InRange(changed, 2, before.Count - 1);
    }

    [Fact]
    public void ValueList_ComparesItemsInOrder()
    {
        var ab = new List<string> { "a", "b" }.ToValueList();

        Assert.Equal(ab, "ab".Select(c => c.ToString()).ToValueList());
        Assert.NotEqual(ab, "ba".Select(c => c.ToString()).ToValueList());
        Assert.NotEqual(ab, "abb".Select(c => c.ToString()).ToValueList());
    }

    [Fact]
    public void ViewHash_OfViewsBuiltTwice_IsTheSame_AndDiffersWhereTheViewsDo()
    {
        var site = SiteEdits.RealSite();
        var first = SiteViews.Of(site).Select(v => ViewHash.Of(v)).ToList();
        var second = SiteViews.Of(SiteEdits.RealSite()).Select(v => ViewHash.Of(v)).ToList();
        var before = SiteViews.Of(site);
        var after = SiteViews.Of(site.Replace("input/entities/honda.yml", "name: Honda Motor Co.", "name: Honda Motor Company"));

        Assert.Equal(first, second);
        Assert.Equal(first.Distinct().Count(), first.Count);
        foreach (var (a, b) in before.Zip(after))
        {
            Assert.Equal(a.Equals(b), ViewHash.Of(a) == ViewHash.Of(b));
        }
    }

    [Fact]
    public void ViewHash_OfASharedView_FollowsItsContent_HoweverOftenItIsMet()
    {
        var card = new BriefingCard("Title", "/briefings/a/", "2026-01-01", "1 January 2026", "Summary");
        var page = ViewHash.Of(new List<BriefingCard> { card, card }.ToValueList());

        // Met again, the card's kept hash stands for it; an equal card made apart hashes the same, a changed one does not.
        Assert.Equal(page, ViewHash.Of(new List<BriefingCard> { card, card }.ToValueList()));
        Assert.Equal(page, ViewHash.Of(new List<BriefingCard> { card, card with { } }.ToValueList()));
        Assert.NotEqual(page, ViewHash.Of(new List<BriefingCard> { card, card with { Summary = "Summary." } }.ToValueList()));
        Assert.NotEqual(ViewHash.Of(card), ViewHash.Of(new BriefingCard("Title", "/briefings/a/", "2026-01-01", "1 January 2026", "Other")));
    }

    [Fact]
    public void ViewHash_TellsApartValuesThatWriteAlike()
    {
        Assert.NotEqual(ViewHash.Of(new LinkView("ab", "c")), ViewHash.Of(new LinkView("a", "bc")));
        Assert.NotEqual(ViewHash.Of(new LinkView("a", "b")), ViewHash.Of(new NavItem("a", "b")));
        Assert.NotEqual(ViewHash.Of(new List<string> { "a", "b" }.ToValueList()), ViewHash.Of(new List<string> { "ab" }.ToValueList()));
        Assert.NotEqual(ViewHash.Of(null, "a"), ViewHash.Of("a", null));
        Assert.NotEqual(ViewHash.Of(new TrustedHtml("<p>a</p>")), ViewHash.Of("<p>a</p>"));
        Assert.NotEqual(ViewHash.Of(new LanguageLinkView("ja", "日本語", "/ja/", true)), ViewHash.Of(new LanguageLinkView("ja", "日本語", "/ja/", false)));
        Assert.NotEqual(ViewHash.Of(new SearchIndexView("t", "d", 1, 2)), ViewHash.Of(new SearchIndexView("t", "d", 2, 1)));
        Assert.Equal(ViewHash.Of(new SearchIndexView("t", "d", 1, 2)), ViewHash.Of(new SearchIndexView("t", "d", 1, 2)));
    }

    [Fact]
    public void ViewHash_IsTheHashOfEachValuesKindLengthAndText_InOrder_HoweverLong()
    {
        // Short values and ones longer than any buffer, so the bytes reach the hash in pieces of every size.
        var items = Enumerable.Range(0, 3000).Select(i => i % 500 == 7 ? new string('長', 3000 + i) : $"item {i}").ToList();
        var expected = new System.IO.Hashing.XxHash128();
        void Tagged(byte kind, long length)
        {
            expected.Append([kind]);
            expected.Append(BitConverter.GetBytes(length));
        }

        Tagged(4, items.Count); // a list and its count
        foreach (var item in items)
        {
            Tagged(1, item.Length); // a text, its length and its UTF-16
            expected.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(item.AsSpan()));
        }

        Assert.Equal(expected.GetCurrentHashAsUInt128(), ViewHash.Of(items.ToValueList()));
    }

    [Fact]
    public void ViewHash_RefusesAValueItCannotReadWhole()
    {
        Assert.Throws<NotSupportedException>(() => ViewHash.Of(new Uri("https://example.org/")));
        Assert.Throws<NotSupportedException>(() => ViewHash.Of(new Func<string>(() => "late")));
    }

    [Fact]
    public void ViewHash_OfFilledMarkdown_FollowsWhatThePageFillsIn_WhereverTheTextWasReadFrom()
    {
        const string text = "See [the first](/briefings/x/) and [the second](/briefings/y/) [[sony]].\n";
        var parsed = MarkdownTextReader.Parse(text);
        var readBack = ReadBack(parsed);
        UInt128 Hash(ParsedMarkdown markdown, string first, string second, string sony = "Sony") =>
            ViewHash.Of(new TrustedHtml(markdown.Html, new Links(first, second, sony), []));

        Assert.Equal(Hash(parsed, "/ja/x/", "/ja/y/"), Hash(parsed, "/ja/x/", "/ja/y/"));
        Assert.Equal(Hash(parsed, "/ja/x/", "/ja/y/"), Hash(readBack, "/ja/x/", "/ja/y/"));
        Assert.NotEqual(Hash(parsed, "/ja/x/", "/ja/y/"), Hash(parsed, "/ja/x/", "/ja/z/"));
        Assert.NotEqual(Hash(parsed, "/ja/x/", "/ja/y/"), Hash(parsed, "/ja/x/", "/ja/y/", sony: "ソニー"));

        // The same bytes filled in, split between the holes differently, make different pages.
        Assert.NotEqual(Hash(parsed, "/ab", "/c/"), Hash(parsed, "/a", "b/c/"));

        // A text that differs only between its holes is another text.
        var other = MarkdownTextReader.Parse(text.Replace("and", "or", StringComparison.Ordinal));
        Assert.NotEqual(Hash(parsed, "/ja/x/", "/ja/y/"), Hash(other, "/ja/x/", "/ja/y/"));
    }

    private static ParsedMarkdown ReadBack(ParsedMarkdown parsed)
    {
        using var stream = new MemoryStream();
        MarkdownShard.Write(stream, "key", [new KeyValuePair<UInt128, ParsedMarkdown>(1, parsed)]);
        return MarkdownShard.Read(stream.ToArray(), "key")![1];
    }

    /// <summary>A page on which the two site links lead to <paramref name="first"/> and <paramref name="second"/>.</summary>
    private sealed class Links(string first, string second, string sony) : IPageContext
    {
        public EntityTarget? FindEntity(string id) => id == "sony" ? new EntityTarget(sony, "/entities/sony/") : null;

        public CitationTarget? FindCitation(string sourceId) => null;

        public SiteLinkMarkup? FindSiteLink(string url) => new(url == "/briefings/x/" ? first : second, null, null);
    }
}
