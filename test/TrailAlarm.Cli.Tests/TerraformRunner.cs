using System.Diagnostics;
using TrailAlarm.Aws;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// Runs terraform offline in a working directory: the aws provider comes from the filesystem mirror
/// <see cref="Mirror"/> (a CLI config file in the directory says so), and every call goes to <paramref name="endpoint"/>
/// through AWS_ENDPOINT_URL with the given keys.
/// </summary>
internal sealed class TerraformRunner(string directory, Uri endpoint, AwsKeys keys)
{
    public const string Mirror = "/opt/tf-plugins";

    /// <summary>Why terraform cannot run offline here, or null when it can.</summary>
    public static string? Missing()
    {
        if (!Directory.Exists(Path.Combine(Mirror, "registry.terraform.io", "hashicorp", "aws")))
        {
            return $"the aws provider is not in the filesystem mirror {Mirror}/registry.terraform.io/hashicorp/aws";
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "terraform")));
        return onPath ? null : "terraform is not on PATH";
    }

    public (int ExitCode, string Output) Run(params string[] args)
    {
        var config = Path.Combine(directory, "offline.tfrc");
        File.WriteAllText(config, $$"""
            provider_installation {
              filesystem_mirror {
                path    = "{{Mirror}}"
                include = ["registry.terraform.io/hashicorp/*"]
              }
              direct {
                exclude = ["registry.terraform.io/hashicorp/*"]
              }
            }
            """);
        var start = new ProcessStartInfo("terraform") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args.Append("-no-color"))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TF_CLI_CONFIG_FILE"] = config;
        start.Environment["TF_IN_AUTOMATION"] = "1";
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        start.Environment["AWS_ENDPOINT_URL"] = endpoint.ToString();
        start.Environment["AWS_ACCESS_KEY_ID"] = keys.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = keys.SecretAccessKey;
        start.Environment["AWS_SESSION_TOKEN"] = keys.SessionToken ?? "";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment.Remove("AWS_PROFILE");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
