using System.Text.Json;

namespace TrailAlarm.Remediation;

/// <summary>A plan or journal file that cannot be used; the message names the file and what is wrong.</summary>
public sealed class RemediationFileException(string message) : Exception(message);

/// <summary>
/// Writes plan files (trailalarm.plan/v1) with a digest, and reads them back only when they are exactly as written
/// and hold nothing plan could not have written: unknown fields, unparsable patterns, values out of range and
/// edits are refused with the file's name and the first problem.
/// </summary>
public static class PlanFile
{
    /// <summary>The plan as JSON, sealed with a fresh <see cref="PlanDigest"/>.</summary>
    public static string ToJson(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan with { Digest = PlanDigest.Of(plan) }, RemediationJsonContext.Readable.Plan);
    }

    public static void Save(string path, Plan plan) => DurableFile.Write(path, ToJson(plan) + "\n");

    public static Plan Load(string path)
    {
        var text = DurableFile.Read(path, "plan");
        Plan? plan;
        try
        {
            plan = JsonSerializer.Deserialize(text, RemediationJsonContext.Strict.Plan);
        }
        catch (JsonException e) when (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            throw new RemediationFileException($"plan '{path}'{DurableFile.Where(e)}: unknown field at {e.Path}; plan writes no such field");
        }
        catch (UnknownResourceKindException e)
        {
            throw new RemediationFileException($"plan '{path}'{DurableFile.Where(e)}: {DurableFile.FirstSentence(e.Message)}");
        }
        catch (JsonException e)
        {
            throw new RemediationFileException($"plan '{path}' is not valid JSON{DurableFile.Where(e)}: {DurableFile.FirstSentence(e.Message)}");
        }

        if (plan is null || plan.Schema != Plan.CurrentSchema)
        {
            throw new RemediationFileException($"plan '{path}' has schema '{plan?.Schema}'; this version reads '{Plan.CurrentSchema}'");
        }

        if (PlanFileCheck.FirstProblem(plan) is { } problem)
        {
            throw new RemediationFileException($"plan '{path}': {problem}");
        }

        if (plan.Digest is not { Header: not null, Changes: not null, Preconditions: not null } digest)
        {
            throw new RemediationFileException($"plan '{path}' has no digest; write it with 'trailalarm plan --out'");
        }

        if (PlanDigest.FirstDifference(digest, plan) is { } difference)
        {
            throw new RemediationFileException($"plan '{path}' was changed after 'trailalarm plan' wrote it: {difference}; plan again");
        }

        return plan;
    }
}

/// <summary>Whole-file writes that survive a crash: write a temporary file, flush it to disk, rename over the target.</summary>
internal static class DurableFile
{
    public static void Write(string path, string text)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static string Read(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RemediationFileException($"cannot read {what} '{path}': {e.Message}");
        }
    }

    public static string Where(JsonException e) => e.LineNumber is { } line ? $" at line {line + 1}" : "";

    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
