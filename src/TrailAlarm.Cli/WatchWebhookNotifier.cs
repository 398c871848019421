using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrailAlarm.Cli;

/// <summary>
/// --notify webhook:URL: POSTs the notification as JSON; any status other than 2xx is a failed delivery. A user-info
/// part (https://user:secret@host/) is sent as HTTP Basic authorization, never in the request line; messages only
/// ever show the URL with its user-info and query string redacted, since either may carry a token.
/// </summary>
internal sealed class WatchWebhookNotifier : IWatchNotifier
{
    private readonly Uri target;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly HttpClient http;

    public WatchWebhookNotifier(Uri url, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(url);
        this.http = http;
        target = new UriBuilder(url) { UserName = "", Password = "" }.Uri;
        if (url.UserInfo.Length > 0)
        {
            var credentials = string.Join(':', url.UserInfo.Split(':', 2).Select(Uri.UnescapeDataString));
            authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        Shown = WatchUrlRedaction.Redact(url.OriginalString);
    }

    /// <summary>The URL as messages may show it.</summary>
    public string Shown { get; }

    public async Task SendAsync(WatchNotification notification, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target);
        request.Headers.Authorization = authorization;
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(notification, WatchNotificationJsonContext.Default.WatchNotification));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"webhook {Shown} could not be reached: {WatchUrlRedaction.Redact(e.Message)}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"webhook {Shown} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
    }
}

/// <summary>Hides what may be a secret in a URL: the user-info part and the query string.</summary>
internal static partial class WatchUrlRedaction
{
    public static string Redact(string text)
        => Query().Replace(UserInfo().Replace(text, "${scheme}://REDACTED@"), "${url}?REDACTED");

    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://[^/?#\s@]*@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?<url>[A-Za-z][A-Za-z0-9+.-]*://[^\s?#'""]*)\?[^\s#'""]*")]
    private static partial Regex Query();
}
