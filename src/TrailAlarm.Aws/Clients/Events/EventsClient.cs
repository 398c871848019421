using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Events.EventsJsonContext;

namespace TrailAlarm.Aws.Events;

/// <summary>Amazon EventBridge rules and targets (awsJson1_1, target AWSEvents).</summary>
public sealed class EventsClient : AwsServiceClient
{
    internal EventsClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<ListRulesResponse> ListRulesAsync(ListRulesRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("ListRules", request, J.Default.ListRulesRequest, J.Default.ListRulesResponse, cancellationToken);

    public Task<ListTargetsByRuleResponse> ListTargetsByRuleAsync(ListTargetsByRuleRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("ListTargetsByRule", request, J.Default.ListTargetsByRuleRequest, J.Default.ListTargetsByRuleResponse, cancellationToken);

    public Task<PutRuleResponse> PutRuleAsync(PutRuleRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutRule", request, J.Default.PutRuleRequest, J.Default.PutRuleResponse, cancellationToken);

    public Task<PutTargetsResponse> PutTargetsAsync(PutTargetsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutTargets", request, J.Default.PutTargetsRequest, J.Default.PutTargetsResponse, cancellationToken);

    public Task<IReadOnlyList<Rule>> ListAllRulesAsync(ListRulesRequest? request = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "ListRules",
            (token, ct) => ListRulesAsync((request ?? new()) with { NextToken = token }, ct),
            page => page.Rules,
            page => page.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<Target>> ListAllTargetsByRuleAsync(string rule, string? eventBusName = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "ListTargetsByRule",
            (token, ct) => ListTargetsByRuleAsync(new ListTargetsByRuleRequest { Rule = rule, EventBusName = eventBusName, NextToken = token }, ct),
            page => page.Targets,
            page => page.NextToken,
            cancellationToken);
}
