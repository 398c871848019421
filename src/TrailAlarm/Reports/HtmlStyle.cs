namespace TrailAlarm.Reports;

/// <summary>The page's only style sheet, inlined so the report works offline and under a no-network CSP.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1d2330; background: #fff; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d8dce3; }
        h3 { font-size: 1rem; margin: 0 0 .5rem; }
        h4 { font-size: .9rem; margin: .75rem 0 .25rem; }
        .meta { color: #5b6475; }
        .summary { display: flex; gap: 1rem; padding: 0; list-style: none; }
        .summary li { padding: .6rem 1rem; border-radius: 6px; min-width: 7rem; }
        .summary b { display: block; font-size: 1.6rem; }
        table { border-collapse: collapse; margin: .25rem 0; }
        th, td { text-align: left; padding: .3rem .6rem; border: 1px solid #d8dce3; vertical-align: top; }
        th { background: #f3f5f8; }
        .finding { border: 1px solid #d8dce3; border-left-width: 6px; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
        .badge { font-weight: 700; padding: .05rem .4rem; border-radius: 4px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: 0; }
        dt { color: #5b6475; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .status-PASS { background: #e5f5ea; border-color: #2e8b57; }
        .status-FAIL { background: #fdeaea; border-color: #c62828; }
        .status-UNKNOWN { background: #fff5dc; border-color: #c08400; }
        .status-NOT_APPLICABLE { background: #eef0f3; border-color: #6b7280; }
        .finding.status-PASS, .finding.status-FAIL, .finding.status-UNKNOWN, .finding.status-NOT_APPLICABLE { background: #fff; }
        """;
}
