using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Incremental;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>
/// The site's face, what every page but a text's own is made from: the words of a text leave it as it is, and
/// anything another page can show changes it.
/// </summary>
public sealed class InputFaceTests
{
    private const string Overview = "input/briefings/overview.md";

    [Theory]
    [InlineData("a sentence's words", "Some of Japan's best-known companies", "Several of Japan's best-known companies")]
    [InlineData("words added", "Japan is arriving late, but with its own method.", "Japan is arriving late, but with its own method, and knows it.")]
    [InlineData("a line added above the marks", "## Why now\n", "## Why now\n\n")]
    public void Face_TextsWordsEdited_IsUnchanged(string edit, string oldText, string newText)
    {
        var site = SiteEdits.RealSite();
        Assert.True(Face(site) == Face(site.Replace(Overview, oldText, newText)), edit);
    }

    [Theory]
    [InlineData(Overview, "title: \"Japan Inc. bets on a sovereign physical-AI model\"", "title: \"Japan Inc. bets big\"")]
    [InlineData(Overview, "[[openai]]:", "[[sony]]:")]
    [InlineData(Overview, "[@nextfin-consortium]. This site", "[@phoenix-tech-2026]. This site")]
    [InlineData(Overview, "## Why now", "## Why this year")]
    [InlineData("input/entities/honda.yml", "name: Honda Motor Co.", "name: Honda Motor Company")]
    [InlineData("input/sources.yml", "title: \"Nationwide push to build domestic AI models", "title: \"Push to build domestic AI models")]
    public void Face_WhatOtherPagesShowEdited_Changes(string path, string oldText, string newText)
    {
        var site = SiteEdits.RealSite();
        Assert.NotEqual(Face(site), Face(site.Replace(path, oldText, newText)));
    }

    [Fact]
    public void Face_TextAddedOrRemoved_Changes()
    {
        var site = SiteEdits.RealSite();
        Assert.NotEqual(Face(site), Face(site.Remove("input/briefings/the-money.md")));
        Assert.NotEqual(Face(site), Face(site.Add("input/briefings/fresh.md", SiteSessionTests.NewBriefing)));
    }

    [Fact]
    public void Face_SameInputReadTwice_IsTheSame()
    {
        Assert.Equal(Face(SiteEdits.RealSite()), Face(SiteEdits.RealSite()));
    }

    private static UInt128 Face(SiteInput input) => SiteLoader.Load(input, new DiagnosticBag()).InputFace;
}
