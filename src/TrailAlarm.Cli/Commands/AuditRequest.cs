namespace TrailAlarm.Cli.Commands;

/// <summary>The audit command's options, as given.</summary>
internal sealed record AuditRequest(
    string? Controls,
    string? Framework,
    IReadOnlyList<string> Formats,
    string? Output,
    string? OutputDir,
    string? SaveSnapshot,
    string? FromSnapshot,
    bool Verbose,
    AwsRequest Aws);

/// <summary>The shared AWS options, as given.</summary>
internal sealed record AwsRequest(string? Profile, string? Region, string? Regions, string? EndpointUrl, string? Accounts, string? RoleName, int MaxConcurrency);
