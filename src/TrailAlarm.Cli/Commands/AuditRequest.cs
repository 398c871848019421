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
    IReadOnlyList<string> Accept,
    AwsRequest Aws);

/// <summary>The shared AWS options: settings built only when AWS is called (so --from-snapshot never needs them).</summary>
internal sealed record AwsRequest(Func<Aws.AwsSettings> Settings, string? Regions, string? Accounts, string? RoleName, int MaxConcurrency);
