namespace Briefing.Tests.Browser;

/// <summary>The test server is the only ASP.NET in the repository: the generator itself stays a plain library.</summary>
public sealed class ServerBoundaryTests
{
    [Fact]
    public void Engine_References_NoAspNetCore()
    {
        var references = typeof(Briefing.Engine.SiteBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(references, name => name.StartsWith("Markdig", StringComparison.Ordinal));
    }
}
