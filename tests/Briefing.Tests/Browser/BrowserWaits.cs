using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>
/// How long a browser test waits for the page to do something. Generous: CI machines have two cores shared
/// with the rest of the suite, and a search that fetches a dozen index files can take more than Playwright's
/// five seconds there. A wall-clock limit here tests the machine, not the site; a wait that never ends still fails.
/// </summary>
internal static class BrowserWaits
{
    public const float Milliseconds = 60_000;

    /// <summary>Applies to every <c>Assertions.Expect</c> that does not set its own timeout.</summary>
    [ModuleInitializer]
    internal static void ForExpectations() => Assertions.SetDefaultExpectTimeout(Milliseconds);
}
