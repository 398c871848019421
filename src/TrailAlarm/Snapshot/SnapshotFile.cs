using System.Text.Json;

namespace TrailAlarm.Snapshot;

/// <summary>A snapshot file that cannot be used; the message names the file and where in it.</summary>
public sealed class SnapshotFormatException(string message) : Exception(message);

/// <summary>Saves and loads <see cref="SnapshotDocument"/>s (<c>--save-snapshot</c> / <c>--from-snapshot</c>).</summary>
public static class SnapshotFile
{
    public static string ToJson(SnapshotDocument document) => JsonSerializer.Serialize(document, SnapshotJsonContext.Default.SnapshotDocument);

    public static void Save(string path, SnapshotDocument document)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, ToJson(document) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    public static SnapshotDocument Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotFormatException($"cannot read snapshot '{path}': {e.Message}");
        }

        return Parse(text, path);
    }

    public static SnapshotDocument Parse(string json, string source)
    {
        SnapshotDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.SnapshotDocument);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) ? "" : $" ({e.Path})";
            throw new SnapshotFormatException($"snapshot '{source}' is not valid{where}{path}: {FirstSentence(e.Message)}");
        }

        if (document is null)
        {
            throw new SnapshotFormatException($"snapshot '{source}' is empty");
        }

        if (document.Schema != SnapshotDocument.CurrentSchema)
        {
            throw new SnapshotFormatException($"snapshot '{source}' has schema '{document.Schema}'; this version reads '{SnapshotDocument.CurrentSchema}'");
        }

        foreach (var account in document.Accounts)
        {
            if (account.Account.Length != 12 || !account.Account.All(char.IsAsciiDigit))
            {
                throw new SnapshotFormatException($"snapshot '{source}': account id '{account.Account}' is not 12 digits");
            }
        }

        return document;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
