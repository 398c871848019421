using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>The exported Terraform file, applied by terraform (offline provider) against moto_server, makes the audit pass.</summary>
[Collection(MotoCollection.Name)]
public class ExportTerraformTests(MotoServer moto)
{
    [Fact]
    public async Task Terraform_export_validates_and_applies_against_moto_and_the_audit_passes()
    {
        Assert.True(TerraformRunner.Missing() is null, $"cannot run terraform offline: {TerraformRunner.Missing()}");
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        await session.S3("us-east-1").CreateBucketAsync($"config-{account}");
        await session.S3("us-east-1").PutBucketPolicyAsync($"config-{account}", TrailAlarm.Remediation.ConfigBucketRules.Policy("aws", $"config-{account}", account));
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-tf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] aws = ["--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1"];
        string[] audit = ["audit", "--controls", "cloudtrail-changes-monitored,config-changes-monitored,config-records-cloudtrail", .. aws];
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);

        var export = PlanCliMoto.Run(keys, dir, ["export", "terraform", "--controls", "cloudtrail-changes-monitored,config-changes-monitored,config-records-cloudtrail",
            "--subscribe", "email:secops@example.com", "--fix-config-recorder", "--config-bucket", $"config-{account}", "--out", "main.tf", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stderr);
        Assert.Contains("aws_iam_service_linked_role.config.arn", File.ReadAllText(Path.Combine(dir, "main.tf")), StringComparison.Ordinal);

        var terraform = new TerraformRunner(dir, moto.Endpoint, keys);
        foreach (string[] step in (string[][])[["init", "-input=false"], ["fmt", "-check"], ["validate"], ["apply", "-auto-approve", "-input=false"]])
        {
            var (code, output) = terraform.Run(step);
            Assert.True(code == 0, $"terraform {string.Join(' ', step)} failed (exit {code}):\n{output}");
        }

        var after = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(after.ExitCode == 0, after.Stdout + after.Stderr);
        Directory.Delete(dir, recursive: true);
    }
}
