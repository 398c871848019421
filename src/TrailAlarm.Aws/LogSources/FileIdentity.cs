using System.Runtime.InteropServices;
using System.Text;

namespace TrailAlarm.Aws.LogSources;

/// <summary>What kind of file a path names, following symbolic links.</summary>
public enum FileKind
{
    Regular,
    Directory,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
    Missing,
}

/// <summary>
/// The file a path names, after following symbolic links: its kind and its identity (device and inode), so a walk
/// can tell two paths to the same folder apart from two folders. .NET reports FIFOs, sockets and devices as
/// ordinary files (and opening a FIFO blocks), hence stat(2) itself.
/// </summary>
public readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    // struct stat: st_dev at 0 and st_ino at 8 on every 64-bit Linux; st_mode at 24 on x86-64, 16 on the generic
    // layout (arm64, riscv64).
    private const int StatSize = 256;

    public static FileIdentity Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return Directory.Exists(path) ? new(FileKind.Directory, 0, 0) : File.Exists(path) ? new(FileKind.Regular, 0, 0) : new(FileKind.Missing, 0, 0);
        }

        var buffer = new byte[StatSize];
        if (NativeMethods.Stat(Encoding.UTF8.GetBytes(path + "\0"), buffer) != 0)
        {
            return new(FileKind.Missing, 0, 0);
        }

        var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        var mode = BitConverter.ToUInt32(buffer, modeOffset) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
        return new(kind, BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    /// <summary>How a skipped file is described.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "a dangling symbolic link",
        _ => "not a regular file",
    };

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] path, byte[] buffer);
    }
}
