#!/usr/bin/env python3
"""Audit speed: trailalarm (cold process) vs the CIS audit procedure with the aws CLI vs a sequential boto3 script.

Starts its own moto_server on a free loopback port (killed by PID at the end), seeds one compliant account whose
chain lives in us-east-1 and whose Config recorders run in all four regions, then times each way of auditing the
same four regions, REPEAT times each, and prints the median wall time. Usage:
    bench/audit-speed.py [--repeat N] [--trailalarm PATH]
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, time, json

REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"]
ACCOUNT = "123456789012"
CONFIG_PATTERN = "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }"
PATTERN = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def start_moto():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    import urllib.request
    for _ in range(300):
        try:
            urllib.request.urlopen(urllib.request.Request(url + "/moto-api/reset", method="POST"), timeout=1); return proc, url
        except Exception:
            time.sleep(0.05)
    proc.kill(); raise SystemExit("moto_server did not start")


def seed(url):
    import boto3
    kw = dict(endpoint_url=url, aws_access_key_id="bench", aws_secret_access_key="bench")
    home = "us-east-1"
    c = lambda svc, r=home: boto3.client(svc, region_name=r, **kw)
    c("s3").create_bucket(Bucket="bench-trail-logs")
    c("logs").create_log_group(logGroupName="trail-logs")
    c("cloudtrail").create_trail(Name="main", S3BucketName="bench-trail-logs", IsMultiRegionTrail=True, IncludeGlobalServiceEvents=True,
                                 CloudWatchLogsLogGroupArn=f"arn:aws:logs:{home}:{ACCOUNT}:log-group:trail-logs:*",
                                 CloudWatchLogsRoleArn=f"arn:aws:iam::{ACCOUNT}:role/CloudTrailToLogs")
    c("cloudtrail").start_logging(Name="main")
    c("cloudtrail").put_event_selectors(TrailName="main", EventSelectors=[{"ReadWriteType": "All", "IncludeManagementEvents": True}])
    c("logs").put_metric_filter(logGroupName="trail-logs", filterName="cloudtrail-changes", filterPattern=PATTERN,
                                metricTransformations=[{"metricName": "CloudTrailChangeCount", "metricNamespace": "CISBenchmark", "metricValue": "1"}])
    c("logs").put_metric_filter(logGroupName="trail-logs", filterName="config-changes", filterPattern=CONFIG_PATTERN,
                                metricTransformations=[{"metricName": "AWSConfigChangeCount", "metricNamespace": "CISBenchmark", "metricValue": "1"}])
    topic = c("sns").create_topic(Name="trail-alerts")["TopicArn"]
    c("sns").subscribe(TopicArn=topic, Protocol="email", Endpoint="secops@example.com")
    for name, metric in [("CloudTrail Changes", "CloudTrailChangeCount"), ("AWS Config Changes", "AWSConfigChangeCount")]:
        c("cloudwatch").put_metric_alarm(AlarmName=name, MetricName=metric, Namespace="CISBenchmark", Statistic="Sum",
                                         Period=300, EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanOrEqualToThreshold", AlarmActions=[topic])
    for r in REGIONS:
        bucket = f"bench-config-{r}"
        c("s3", r).create_bucket(Bucket=bucket, **({} if r == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": r}}))
        cfg = c("config", r)
        cfg.put_configuration_recorder(ConfigurationRecorder={"name": "default", "roleARN": f"arn:aws:iam::{ACCOUNT}:role/config",
                                                              "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": True}})
        cfg.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": bucket})
        cfg.start_configuration_recorder(ConfigurationRecorderName="default")
    return topic


def env(url):
    e = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1", AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="")
    e.pop("AWS_PROFILE", None)
    return e


def run_trailalarm(binary, url):
    out = subprocess.run([binary, "audit", "--endpoint-url", url, "--regions", ",".join(REGIONS), "--format", "json"], env=env(url), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"trailalarm exited {out.returncode}: {out.stderr.strip()}")
    return out


# The CIS procedure's calls (plus the Config and EventBridge reads trailalarm also makes), one aws CLI process each.
def cis_calls(topic):
    calls = [["sts", "get-caller-identity"]]
    for r in REGIONS:
        calls += [["cloudtrail", "describe-trails", "--region", r],
                  ["cloudwatch", "describe-alarms", "--region", r],
                  ["configservice", "describe-configuration-recorders", "--region", r],
                  ["configservice", "describe-configuration-recorder-status", "--region", r],
                  ["events", "list-rules", "--region", r]]
    calls += [["cloudtrail", "get-trail-status", "--name", "main", "--region", "us-east-1"],
              ["cloudtrail", "get-event-selectors", "--trail-name", "main", "--region", "us-east-1"],
              ["logs", "describe-log-groups", "--log-group-name-prefix", "trail-logs", "--region", "us-east-1"],
              ["logs", "describe-metric-filters", "--log-group-name", "trail-logs", "--region", "us-east-1"],
              ["sns", "get-topic-attributes", "--topic-arn", topic, "--region", "us-east-1"],
              ["sns", "list-subscriptions-by-topic", "--topic-arn", topic, "--region", "us-east-1"]]
    return calls


def run_aws_cli(url, topic):
    for call in cis_calls(topic):
        subprocess.run(["aws", "--endpoint-url", url, "--output", "json", *call], env=env(url), check=True, capture_output=True)


BOTO3_SCRIPT = r'''
import sys, boto3
url, topic, regions = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
kw = dict(endpoint_url=url, aws_access_key_id="bench", aws_secret_access_key="bench")
c = lambda svc, r: boto3.client(svc, region_name=r, **kw)
c("sts", "us-east-1").get_caller_identity()
for r in regions:
    c("cloudtrail", r).describe_trails()
    c("cloudwatch", r).describe_alarms()
    c("config", r).describe_configuration_recorders()
    c("config", r).describe_configuration_recorder_status()
    c("events", r).list_rules()
h = "us-east-1"
c("cloudtrail", h).get_trail_status(Name="main")
c("cloudtrail", h).get_event_selectors(TrailName="main")
c("logs", h).describe_log_groups(logGroupNamePrefix="trail-logs")
c("logs", h).describe_metric_filters(logGroupName="trail-logs")
c("sns", h).get_topic_attributes(TopicArn=topic)
c("sns", h).list_subscriptions_by_topic(TopicArn=topic)
'''


def run_boto3(url, topic):
    subprocess.run([sys.executable, "-c", BOTO3_SCRIPT, url, topic, ",".join(REGIONS)], env=env(url), check=True, capture_output=True)


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter(); fn(); times.append(time.perf_counter() - t)
    return statistics.median(times), min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--trailalarm", default=None, help="binary to time (default: .build/aot/trailalarm if present, else ./trailalarm)")
    a = ap.parse_args()
    binary = a.trailalarm or (os.path.join(ROOT, ".build/aot/trailalarm") if os.path.exists(os.path.join(ROOT, ".build/aot/trailalarm")) else os.path.join(ROOT, "trailalarm"))
    moto, url = start_moto()
    try:
        topic = seed(url)
        first = json.loads(run_trailalarm(binary, url).stdout)  # also warms the launcher's build check
        statuses = {f["controlId"]: f["status"] for f in first["findings"]}
        assert all(s == "PASS" for s in statuses.values()), statuses
        ta = timed(lambda: run_trailalarm(binary, url), a.repeat)
        cli = timed(lambda: run_aws_cli(url, topic), max(1, a.repeat // 2))
        b3 = timed(lambda: run_boto3(url, topic), a.repeat)
        calls = len(cis_calls(topic))
        print(f"regions: {len(REGIONS)}; calls per audit (aws CLI / boto3): {calls}; trailalarm binary: {os.path.relpath(binary, ROOT)}")
        print(f"{'way':<34}{'median s':>10}{'best s':>10}")
        for name, (med, best) in [("trailalarm audit (cold process)", ta), ("aws CLI, CIS procedure", cli), ("boto3, sequential script", b3)]:
            print(f"{name:<34}{med:>10.3f}{best:>10.3f}")
        print(f"speed-up vs aws CLI: {cli[0] / ta[0]:.1f}x   vs boto3: {b3[0] / ta[0]:.1f}x")
    finally:
        moto.kill(); moto.wait()


if __name__ == "__main__":
    main()
