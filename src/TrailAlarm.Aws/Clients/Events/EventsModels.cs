namespace TrailAlarm.Aws.Events;

// Shapes from botocore events/2015-10-07 (awsJson1_1, target AWSEvents, PascalCase).

public sealed record Rule
{
    public string? Name { get; init; }
    public string? Arn { get; init; }

    /// <summary>The event pattern as a JSON string.</summary>
    public string? EventPattern { get; init; }

    /// <summary>ENABLED, DISABLED or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.</summary>
    public string? State { get; init; }
    public string? Description { get; init; }
    public string? ScheduleExpression { get; init; }
    public string? RoleArn { get; init; }
    public string? ManagedBy { get; init; }
    public string? EventBusName { get; init; }
}

public sealed record ListRulesRequest
{
    public string? NamePrefix { get; init; }
    public string? EventBusName { get; init; }
    public string? NextToken { get; init; }
    public int? Limit { get; init; }
}

public sealed record ListRulesResponse
{
    public IReadOnlyList<Rule> Rules { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record Target
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? RoleArn { get; init; }
    public string? Input { get; init; }
    public string? InputPath { get; init; }
}

public sealed record ListTargetsByRuleRequest
{
    public required string Rule { get; init; }
    public string? EventBusName { get; init; }
    public string? NextToken { get; init; }
    public int? Limit { get; init; }
}

public sealed record ListTargetsByRuleResponse
{
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record PutRuleRequest
{
    public required string Name { get; init; }
    public string? EventPattern { get; init; }
    public string? State { get; init; }
    public string? Description { get; init; }
    public string? EventBusName { get; init; }
}

public sealed record PutRuleResponse
{
    public string? RuleArn { get; init; }
}

public sealed record PutTargetsRequest
{
    public required string Rule { get; init; }
    public string? EventBusName { get; init; }
    public required IReadOnlyList<Target> Targets { get; init; }
}

public sealed record PutTargetsResponse
{
    public int? FailedEntryCount { get; init; }
}
