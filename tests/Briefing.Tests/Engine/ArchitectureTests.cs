using Briefing.Engine;

namespace Briefing.Tests.Engine;

public sealed class ArchitectureTests
{
    [Fact]
    public void Engine_DoesNotReferenceAspNet()
    {
        var references = typeof(SiteBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
