namespace Briefing;

/// <summary>
/// Where this build will be published. On Netlify, CONTEXT says production or a preview, and
/// URL / DEPLOY_PRIME_URL say the address; an explicit --base-url wins over both.
/// </summary>
public sealed record DeployContext(string? BaseUrl, bool NoIndex)
{
    public static DeployContext FromEnvironment(string? explicitBaseUrl) =>
        From(explicitBaseUrl, Environment.GetEnvironmentVariable);

    public static DeployContext From(string? explicitBaseUrl, Func<string, string?> environment)
    {
        var context = environment("CONTEXT");
        var preview = context is "deploy-preview" or "branch-deploy";
        if (!string.IsNullOrWhiteSpace(explicitBaseUrl))
        {
            return new DeployContext(explicitBaseUrl, preview);
        }

        var url = context switch
        {
            "production" => environment("URL"),
            "deploy-preview" or "branch-deploy" => environment("DEPLOY_PRIME_URL"),
            _ => null,
        };
        return new DeployContext(string.IsNullOrWhiteSpace(url) ? null : url, preview);
    }
}
