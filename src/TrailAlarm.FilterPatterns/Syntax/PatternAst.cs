namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>The parsed form of a filter pattern; one subtype per pattern kind.</summary>
internal abstract record PatternNode;

internal sealed record MatchAllNode : PatternNode;

internal enum TermMode { Required, Optional, Excluded }

/// <summary>One term of an unstructured pattern: a bare word or a quoted phrase, maybe prefixed by ? or -.</summary>
internal sealed record Term(TermMode Mode, string Text, bool Quoted);

internal sealed record TermsNode(IReadOnlyList<Term> Terms) : PatternNode;

internal sealed record RegexNode(RegexLiteral Regex) : PatternNode;

internal sealed record JsonNode(BoolExpr Root, int ConditionCount) : PatternNode;

internal sealed record DelimitedNode(IReadOnlyList<DelimitedField> Fields) : PatternNode;

/// <summary>A slot of a space-delimited pattern: `...`, or a (possibly unnamed) field with an optional condition.</summary>
internal abstract record DelimitedField;

internal sealed record EllipsisField : DelimitedField;

internal sealed record NamedField(string? Name, BoolExpr? Condition) : DelimitedField;
