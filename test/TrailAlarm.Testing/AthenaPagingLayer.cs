using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TrailAlarm.Testing;

/// <summary>
/// A loopback layer in front of moto for one documented Athena rule moto skips: GetQueryResults returns at most
/// MaxResults rows per call (1000 at most, botocore athena/2017-05-18 MaxQueryResults) with a NextToken for the rest;
/// moto answers every row at once. Every other request passes through unchanged.
/// </summary>
public sealed class AthenaPagingLayer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly HttpClient moto = new();
    private readonly Uri upstream;
    private readonly Task loop;

    public AthenaPagingLayer(Uri motoEndpoint)
    {
        upstream = motoEndpoint;
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>How many GetQueryResults pages were served.</summary>
    public int Pages { get; private set; }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            try
            {
                await HandleAsync(context);
            }
            catch (Exception)
            {
                context.Response.StatusCode = 502;
                context.Response.Close();
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var target = context.Request.Headers["X-Amz-Target"];
        var paging = target == "AmazonAthena.GetQueryResults" ? JsonNode.Parse(body.ToArray())!.AsObject() : null;
        using var forward = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), new Uri(upstream, context.Request.RawUrl));
        forward.Content = new ByteArrayContent(body.ToArray());
        foreach (string name in context.Request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Connection" or "Expect") continue;
            if (!forward.Headers.TryAddWithoutValidation(name, context.Request.Headers[name]))
                forward.Content.Headers.TryAddWithoutValidation(name, context.Request.Headers[name]);
        }

        using var answer = await moto.SendAsync(forward);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        if (paging is not null && answer.IsSuccessStatusCode) bytes = Page(bytes, paging);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString() ?? "application/x-amz-json-1.1";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private byte[] Page(byte[] whole, JsonObject request)
    {
        var result = JsonNode.Parse(whole)!.AsObject();
        var rows = result["ResultSet"]?["Rows"]?.AsArray();
        if (rows is null) return whole;
        var size = request["MaxResults"]?.GetValue<int>() ?? 1000;
        var from = request["NextToken"]?.GetValue<string>() is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = new JsonArray([.. rows.Skip(from).Take(size).Select(r => r!.DeepClone())]);
        result["ResultSet"]!["Rows"] = page;
        if (from + size < rows.Count) result["NextToken"] = (from + size).ToString(CultureInfo.InvariantCulture);
        Pages++;
        return Encoding.UTF8.GetBytes(result.ToJsonString());
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        moto.Dispose();
    }
}
