using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TrailAlarm.Reports.Benchmarks.ReportRenderingBenchmarks).Assembly).Run(args);
