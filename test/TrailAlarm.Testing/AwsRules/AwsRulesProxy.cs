using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// A loopback HTTP proxy in front of moto_server that enforces documented AWS behaviours moto lacks (see the
/// <see cref="IAwsRule"/> implementations) and records every call per account. Point the SDK at <see cref="Endpoint"/>.
/// </summary>
public sealed class AwsRulesProxy : IDisposable
{
    private readonly WebApplication app;
    private readonly Upstream upstream;
    private readonly ConcurrentDictionary<string, AccountRules> accounts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedCall>> calls = new();
    private readonly ConcurrentDictionary<string, string> accountOfKey = new();
    private readonly NextRule chain;

    public AwsRulesProxy(Uri moto)
    {
        upstream = new Upstream(moto);
        Subscriptions = new PendingSubscriptions(this);
        IAwsRule[] rules =
        [
            new SnsThrottling(this),
            new MetricFilterReplacement(),
            Subscriptions,
            new ServiceLinkedRoleNames(),
            new RolePropagation(this),
            new ConfigDeliveryPrerequisites(),
            new BucketOwnerCondition(),
        ];
        NextRule next = call => upstream.SendAsync(call);
        foreach (var rule in rules.Reverse())
        {
            var rest = next;
            next = call => rule.HandleAsync(call, rest);
        }

        chain = next;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = null;
            k.AddServerHeader = false;
        });
        app = builder.Build();
        app.Run(ServeAsync);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address);
    }

    public Uri Endpoint { get; }

    /// <summary>Pending email/http(s) subscriptions, and how a test confirms one.</summary>
    public PendingSubscriptions Subscriptions { get; }

    /// <summary>The rule switches of one account (created with the defaults on first use).</summary>
    public AccountRules ForAccount(string accountId) => accounts.GetOrAdd(accountId, _ => new AccountRules());

    /// <summary>Every call made in <paramref name="accountId"/> through the proxy, in order of answer.</summary>
    public IReadOnlyList<RecordedCall> Calls(string accountId)
        => calls.TryGetValue(accountId, out var queue) ? queue.ToList() : [];

    /// <summary>The IAM actions of <see cref="Calls"/> (service:Operation), S3 reads named by their IAM action.</summary>
    public IReadOnlySet<string> IamActions(string accountId)
        => Calls(accountId).Select(c => c.IamPrefix + ":" + c.Operation).ToHashSet(StringComparer.Ordinal);

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        upstream.Dispose();
    }

    internal Task<AwsReply> UpstreamAsync(AwsCall call) => upstream.SendAsync(call);

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.Path + request.QueryString).ToString();
        var call = new AwsCall(request.Method, target, headers, body.ToArray());
        call.Account = await AccountOfAsync(call);
        var reply = await chain(call);
        calls.GetOrAdd(call.Account, _ => new ConcurrentQueue<RecordedCall>()).Enqueue(new RecordedCall(call.Service, call.Operation, call.Region, reply.Status)
        {
            Resources = CallResources.Of(call),
            PassedRole = CallResources.PassedRole(call),
            ConditionKeys = CallResources.ConditionKeys(call),
        });

        var response = context.Response;
        response.StatusCode = reply.Status;
        response.Headers.Connection = "close"; // as moto does: raw-socket tools in front of the proxy read to the end
        string? contentLength = null;
        foreach (var (name, value) in reply.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = value;
                continue;
            }

            response.Headers.Append(name, value);
        }

        if (request.Method == "HEAD")
        {
            response.ContentLength = contentLength is null ? null : long.Parse(contentLength, System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        response.ContentLength = reply.Body.Length;
        await response.Body.WriteAsync(reply.Body, context.RequestAborted);
    }

    /// <summary>moto's own rule: x-moto-account-id, else the account of the access key (assumed-role keys belong to
    /// the role's account), else 123456789012.</summary>
    private async Task<string> AccountOfAsync(AwsCall call)
    {
        if (call.Headers.TryGetValue("x-moto-account-id", out var header) && header.Length > 0)
        {
            return header;
        }

        if (call.AccessKey.Length == 0)
        {
            return AwsCall.MotoDefaultAccount;
        }

        if (accountOfKey.TryGetValue(call.AccessKey, out var known))
        {
            return known;
        }

        var reply = await upstream.SendAsync(call.DeriveQuery("sts", "GetCallerIdentity", "2011-06-15"));
        var account = reply.IsSuccess
            ? XDocument.Parse(reply.Text).Descendants().FirstOrDefault(e => e.Name.LocalName == "Account")?.Value ?? AwsCall.MotoDefaultAccount
            : AwsCall.MotoDefaultAccount;
        accountOfKey[call.AccessKey] = account;
        return account;
    }
}
