namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>The JSON type of a scalar node; space-delimited fields are always <see cref="String"/>.</summary>
internal enum ScalarKind { String, Number, Boolean }
