using System.Text;

namespace TrailAlarm.Remediation.Export;

/// <summary>
/// The body of a Terraform block, written the way <c>terraform fmt</c> lays it out: the '=' of consecutive one-line
/// arguments aligned, a multi-line argument or a nested block breaking the run.
/// </summary>
public sealed class HclBody
{
    private readonly List<Item> items = [];

    private abstract record Item;

    private sealed record Argument(string Name, string Expression) : Item;

    private sealed record Map(string Name, HclBody Body) : Item;

    private sealed record Nested(string Type, HclBody Body) : Item;

    private sealed record Gap : Item;

    public int Count => items.Count;

    /// <summary>name = expression (the expression as HCL: quote strings with <see cref="TerraformContext.Q"/>).</summary>
    public HclBody Set(string name, string expression)
    {
        items.Add(new Argument(name, expression));
        return this;
    }

    /// <summary>name = { key = value ... }, one entry a line.</summary>
    public HclBody SetMap(string name, HclBody entries)
    {
        items.Add(new Map(name, entries));
        return this;
    }

    /// <summary>A nested block: type { ... }.</summary>
    public HclBody Block(string type, HclBody body)
    {
        items.Add(new Nested(type, body));
        return this;
    }

    /// <summary>An empty line, which also ends a run of aligned arguments.</summary>
    public HclBody Blank()
    {
        items.Add(new Gap());
        return this;
    }

    public void WriteTo(StringBuilder text, int depth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var indent = new string(' ', depth * 2);
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case Argument:
                    var run = items.Skip(i).TakeWhile(item => item is Argument).Cast<Argument>().ToList();
                    var width = run.Max(a => a.Name.Length);
                    foreach (var a in run)
                    {
                        text.Append(indent).Append(a.Name.PadRight(width)).Append(" = ").AppendLine(a.Expression);
                    }

                    i += run.Count - 1;
                    break;
                case Map map:
                    text.Append(indent).Append(map.Name).AppendLine(" = {");
                    map.Body.WriteTo(text, depth + 1);
                    text.Append(indent).AppendLine("}");
                    break;
                case Nested nested:
                    text.Append(indent).Append(nested.Type).AppendLine(" {");
                    nested.Body.WriteTo(text, depth + 1);
                    text.Append(indent).AppendLine("}");
                    break;
                default:
                    text.AppendLine();
                    break;
            }
        }
    }
}
