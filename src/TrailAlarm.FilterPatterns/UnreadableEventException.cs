namespace TrailAlarm.FilterPatterns;

/// <summary>
/// An event the pattern needs to read a string of, but whose string cannot be decoded: invalid UTF-8 or a lone
/// surrogate escape (<c>"\ud800"</c>). The matcher cannot tell whether such a value equals a literal, so it says so
/// instead of guessing; a scanner reports the event and goes on with the next.
/// </summary>
public sealed class UnreadableEventException : Exception
{
    public UnreadableEventException()
    {
    }

    public UnreadableEventException(string message)
        : base(message)
    {
    }

    public UnreadableEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Byte offset of the undecodable token within the event, -1 when unknown.</summary>
    public long ByteOffset { get; init; } = -1;

    internal static UnreadableEventException At(long byteOffset, InvalidOperationException cause)
        => new($"{(byteOffset < 0 ? "a string" : $"the string at byte {byteOffset}")} of the event is not valid text ({cause.Message.TrimEnd('.')})", cause) { ByteOffset = byteOffset };
}
