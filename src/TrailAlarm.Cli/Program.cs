using System.Text;
using TrailAlarm.Cli;

// Standard output flushed after every write, as the console's own writer is, but with a 64 KB buffer instead of
// 256 bytes: a large result (a scan's matches) goes out in a few large writes instead of thousands of small ones.
Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = true });
return CliApp.Run(args);
