using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// email, email-json, http and https subscriptions stay pending until the endpoint confirms
/// (https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html): Subscribe answers "pending confirmation" unless
/// ReturnSubscriptionArn is true, in which case it returns the ARN even while pending; ListSubscriptions and
/// ListSubscriptionsByTopic show "PendingConfirmation" in place of the ARN
/// (https://docs.aws.amazon.com/sns/latest/api/API_Subscription.html); GetSubscriptionAttributes says
/// PendingConfirmation "true" (https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html).
/// moto confirms every subscription at once. A test confirms one with <see cref="Confirm"/>, or through
/// ConfirmSubscription with <see cref="TokenFor"/>, as the endpoint's owner would.
/// </summary>
public sealed class PendingSubscriptions : IAwsRule
{
    private static readonly HashSet<string> ConfirmedByEndpoint = new(StringComparer.Ordinal) { "email", "email-json", "http", "https" };

    private readonly AwsRulesProxy proxy;
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);

    internal PendingSubscriptions(AwsRulesProxy proxy) => this.proxy = proxy;

    public bool IsPending(string subscriptionArn) => pending.ContainsKey(subscriptionArn);

    /// <summary>The endpoint's owner follows the link in the confirmation message.</summary>
    public void Confirm(string subscriptionArn) => pending.TryRemove(subscriptionArn, out _);

    /// <summary>Every pending subscription of <paramref name="accountId"/> is confirmed (a seeded, healthy account).</summary>
    public void ConfirmAll(string accountId)
    {
        foreach (var arn in pending.Keys.Where(a => a.Split(':') is { Length: > 4 } parts && parts[4] == accountId))
        {
            Confirm(arn);
        }
    }

    /// <summary>The token the confirmation message would carry for <paramref name="subscriptionArn"/>.</summary>
    public static string TokenFor(string subscriptionArn) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subscriptionArn)));

    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service != "sns")
        {
            return await next(call);
        }

        switch (call.Operation)
        {
            case "Subscribe":
                return await SubscribeAsync(call, next);
            case "ConfirmSubscription" when pending.Keys.FirstOrDefault(a => TokenFor(a) == call.Param("Token")) is { } arn:
                Confirm(arn);
                return Ok(call, $"<ConfirmSubscriptionResult><SubscriptionArn>{arn}</SubscriptionArn></ConfirmSubscriptionResult>");
            case "ListSubscriptions" or "ListSubscriptionsByTopic":
                return Rewrite(await next(call), x =>
                {
                    foreach (var element in x.Descendants().Where(e => e.Name.LocalName == "SubscriptionArn" && IsPending(e.Value)))
                    {
                        element.Value = "PendingConfirmation";
                    }
                });
            case "GetSubscriptionAttributes" when IsPending(call.Param("SubscriptionArn") ?? string.Empty):
                return Rewrite(await next(call), x =>
                {
                    foreach (var entry in x.Descendants().Where(e => e.Name.LocalName == "entry"))
                    {
                        var key = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "key")?.Value;
                        var value = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "value");
                        if (value is not null && key is "PendingConfirmation" or "ConfirmationWasAuthenticated")
                        {
                            value.Value = key == "PendingConfirmation" ? "true" : "false";
                        }
                    }
                });
            case "Unsubscribe":
                var reply = await next(call);
                if (reply.IsSuccess)
                {
                    Confirm(call.Param("SubscriptionArn") ?? string.Empty);
                }

                return reply;
            default:
                return await next(call);
        }
    }

    private async Task<AwsReply> SubscribeAsync(AwsCall call, NextRule next)
    {
        var reply = await next(call);
        if (!reply.IsSuccess || !ConfirmedByEndpoint.Contains(call.Param("Protocol") ?? string.Empty) || !proxy.ForAccount(call.Account).PendingConfirmation)
        {
            return reply;
        }

        var returnArn = string.Equals(call.Param("ReturnSubscriptionArn"), "true", StringComparison.OrdinalIgnoreCase);
        return Rewrite(reply, x =>
        {
            var element = x.Descendants().First(e => e.Name.LocalName == "SubscriptionArn");
            pending.TryAdd(element.Value, 0);
            if (!returnArn)
            {
                element.Value = "pending confirmation";
            }
        });
    }

    private static AwsReply Rewrite(AwsReply reply, Action<XDocument> change)
    {
        if (!reply.IsSuccess)
        {
            return reply;
        }

        var document = XDocument.Parse(reply.Text);
        change(document);
        return reply.WithBody(document.ToString(SaveOptions.DisableFormatting));
    }

    private static AwsReply Ok(AwsCall call, string result)
    {
        var action = call.Operation;
        var body = $"<{action}Response xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">{result}<ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></{action}Response>";
        return new AwsReply(200, [new("Content-Type", "text/xml")], Encoding.UTF8.GetBytes(body));
    }
}
