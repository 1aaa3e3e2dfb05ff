namespace Briefing.Engine.Rendering;

/// <param name="BaseUrl">Overrides site.yml's base_url (a deploy preview's own address).</param>
/// <param name="NoIndex">Ask search engines not to index the site (deploy previews).</param>
internal sealed record RenderOptions(string? BaseUrl = null, bool NoIndex = false);

/// <summary>Stage 3 result: every output file in memory, keyed by its path inside the output folder.</summary>
public sealed record RenderedSite(IReadOnlyDictionary<string, byte[]> Files);
