namespace TrailAlarm.Aws.Apply;

/// <summary>
/// An undo AWS refused for a reason that is not TrailAlarm's to remove (a bucket holding objects others wrote):
/// rollback leaves the resource in place, says why, and carries on with the rest.
/// </summary>
public sealed class LeftInPlaceException : Exception
{
    public LeftInPlaceException()
    {
    }

    public LeftInPlaceException(string message)
        : base(message)
    {
    }

    public LeftInPlaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
