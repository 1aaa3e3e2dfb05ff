namespace Briefing.Tests.Rendering.Graphics;

/// <summary>
/// Sources for the pictures' certainty tests: two independent reports (wire, paper) and one that relays the
/// wire, so it adds no independent report.
/// </summary>
internal static class CertaintySources
{
    public const string Text = """
        -- input/site.yml --
        title: Test Desk
        description: A site for tests.
        base_url: https://example.test
        publisher: Test desk
        -- input/sources.yml --
        - id: wire
          publisher: Wire
          title: A wire report
        - id: paper
          publisher: Paper
          title: A paper's report
        - id: relay
          publisher: Relay
          title: The wire report, relayed
          via: wire

        """;
}
