namespace TrailAlarm.Testing.AwsRules;

/// <summary>The rest of the chain: the later rules, then moto_server.</summary>
public delegate Task<AwsReply> NextRule(AwsCall call);

/// <summary>One documented AWS behaviour that moto_server lacks: it may answer a call itself, change it, or pass it
/// on and change moto's answer. Each rule cites its source (AWS doc or botocore model) where it is declared.</summary>
public interface IAwsRule
{
    Task<AwsReply> HandleAsync(AwsCall call, NextRule next);
}
