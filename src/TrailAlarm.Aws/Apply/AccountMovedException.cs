namespace TrailAlarm.Aws.Apply;

/// <summary>The account no longer matches a plan's precondition; nothing further was changed.</summary>
public sealed class AccountMovedException(string address, string message) : Exception(message)
{
    public string Address { get; } = address;
}
