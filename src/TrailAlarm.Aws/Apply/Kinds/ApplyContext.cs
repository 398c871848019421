namespace TrailAlarm.Aws.Apply;

/// <summary>What every kind handler calls AWS through: the session, the call gate, and the account it works in.</summary>
internal sealed record ApplyContext(AwsSession Session, CallGate Gate, string Account)
{
    /// <summary>A create that finds its resource already there (made by the interrupted attempt being resumed) is done.</summary>
    public static async Task<T?> UnlessExists<T>(Func<Task<T>> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        try
        {
            return await create().ConfigureAwait(false);
        }
        catch (AwsApiException e) when (e.Code.Contains("AlreadyExists", StringComparison.Ordinal))
        {
            return null;
        }
    }
}
