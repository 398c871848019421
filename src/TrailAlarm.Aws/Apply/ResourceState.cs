namespace TrailAlarm.Aws.Apply;

/// <summary>A resource as read right now: its plan attributes and, where restoring needs it, its full definition.</summary>
public sealed record ResourceState(IReadOnlyDictionary<string, string> Attributes, string? Raw = null);
