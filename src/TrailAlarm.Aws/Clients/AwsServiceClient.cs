using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws;

/// <summary>Base of every hand-written client: one service in one region, calls run through the SDK pipeline.</summary>
public abstract class AwsServiceClient : IDisposable
{
    private readonly ProtocolClient client;
    private readonly CallContext context;

    private protected AwsServiceClient(ProtocolClient client, CallContext context)
    {
        this.client = client;
        this.context = context;
        Headers.Attach(client, context.Settings);
    }

    /// <summary>The region this client calls.</summary>
    public string Region => client.ServiceConfig.Region;

    private protected string Service => client.ServiceConfig.Def.SigningName;

    public void Dispose()
    {
        client.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected Task<TResponse> JsonAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
        where TResponse : new()
        => SendAsync<TRequest, TResponse>(operation, request, new InvokeOptions
        {
            RequestMarshaller = new JsonMarshaller<TRequest>(client.ServiceConfig.Def, requestInfo),
            ResponseUnmarshaller = new JsonUnmarshaller<TResponse>(responseInfo),
        }, cancellationToken);

    private protected Task<TResponse> QueryAsync<TRequest, TResponse>(
        string operation, TRequest request, Action<TRequest, QueryWriter> write, Func<XElement, TResponse> parse, CancellationToken cancellationToken)
        where TResponse : new()
        => SendAsync<TRequest, TResponse>(operation, request, new InvokeOptions
        {
            RequestMarshaller = new QueryMarshaller<TRequest>(client.ServiceConfig.Def, write),
            ResponseUnmarshaller = new XmlUnmarshaller<TResponse>(parse),
        }, cancellationToken);

    /// <summary>Follows a token from page to page until the service stops returning one (never until a page is empty,
    /// since some services return empty pages with a token). A token seen twice ends the walk with an error.</summary>
    private protected async Task<IReadOnlyList<TItem>> AllPagesAsync<TPage, TItem>(
        string operation,
        Func<string?, CancellationToken, Task<TPage>> fetch,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextToken,
        CancellationToken cancellationToken)
    {
        var all = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await fetch(token, cancellationToken).ConfigureAwait(false);
            all.AddRange(items(page) ?? []);
            token = nextToken(page);
            if (!string.IsNullOrEmpty(token) && !seen.Add(token))
            {
                throw new AwsApiException(Service, operation, Region, "PaginationLoop", "the service returned a page token it had already given", 200, AwsErrorKind.Other);
            }
        }
        while (!string.IsNullOrEmpty(token));
        return all;
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(string operation, TRequest request, InvokeOptions options, CancellationToken cancellationToken)
    {
        var response = await context.RunAsync(
            Service,
            operation,
            Region,
            ct => client.SendAsync<TResponse>(new WireRequest<TRequest>(request, operation), options, ct),
            cancellationToken).ConfigureAwait(false);
        return response.Body!;
    }
}

/// <summary>Adds the settings' extra headers to every request an SDK client sends (ours and the official ones).</summary>
internal static class Headers
{
    public static void Attach(AmazonServiceClient client, AwsSettings settings)
    {
        if (settings.ExtraHeaders.Count == 0)
        {
            return;
        }

        client.BeforeRequestEvent += (_, args) =>
        {
            if (args is WebServiceRequestEventArgs web)
            {
                foreach (var (name, value) in settings.ExtraHeaders)
                {
                    web.Headers[name] = value;
                }
            }
        };
    }
}
