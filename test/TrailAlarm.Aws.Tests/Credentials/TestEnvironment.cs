using System.Runtime.CompilerServices;

namespace TrailAlarm.Aws.Tests.Credentials;

/// <summary>Before any test: point the SDK's shared config and credentials files at empty files of our own (the SDK
/// fixes these paths on first use, and a developer's ~/.aws must not leak into tests), and keep it off IMDS.</summary>
internal static class TestEnvironment
{
    public static string ConfigFile { get; private set; } = string.Empty;

    public static string CredentialsFile { get; private set; } = string.Empty;

#pragma warning disable CA2255 // a module initializer is exactly what is needed: it runs before the SDK is touched
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        var directory = Directory.CreateTempSubdirectory("trailalarm-aws-tests-").FullName;
        ConfigFile = Path.Combine(directory, "config");
        CredentialsFile = Path.Combine(directory, "credentials");
        File.WriteAllText(ConfigFile, string.Empty);
        File.WriteAllText(CredentialsFile, string.Empty);
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigFile);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        };
    }
}
