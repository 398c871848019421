namespace TrailAlarm.Aws.Tests.Credentials;

/// <summary>Tests that change process environment variables run in this collection, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>Sets environment variables (null removes) and the AWS config/credentials files' contents, restoring all on dispose.</summary>
public sealed class EnvironmentScope : IDisposable
{
    private static readonly string[] Chain =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_REGION",
        "AWS_DEFAULT_REGION", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME", "AWS_ENDPOINT_URL",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
        "TRAILALARM_ENDPOINT_URL",
    ];

    private readonly Dictionary<string, string?> saved = new();
    private readonly string directory = Path.GetDirectoryName(TestEnvironment.ConfigFile)!;

    public EnvironmentScope(string config = "", string credentials = "", params (string Name, string? Value)[] variables)
    {
        File.WriteAllText(ConfigFile, config);
        File.WriteAllText(CredentialsFile, credentials);
        foreach (var name in Chain)
        {
            Set(name, null);
        }

        foreach (var (name, value) in variables)
        {
            Set(name, value);
        }
    }

    // The SDK reads the paths once per process (set in TestEnvironment); each scope rewrites the same files.
    public static string ConfigFile => TestEnvironment.ConfigFile;

    public static string CredentialsFile => TestEnvironment.CredentialsFile;

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        File.WriteAllText(ConfigFile, string.Empty);
        File.WriteAllText(CredentialsFile, string.Empty);
    }

    private void Set(string name, string? value)
    {
        saved.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }
}
