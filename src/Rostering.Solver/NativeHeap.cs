using System.Runtime.InteropServices;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Hands the native heap's free pages back to the system after a CP-SAT sub-problem. Each solve allocates and frees
/// tens of megabytes inside OR-Tools on the worker's thread; glibc keeps freed memory in its per-thread arenas, so
/// without a trim the process grew by megabytes per neighbourhood over a long search. Only on glibc (Linux);
/// elsewhere, or where the C library has no <c>malloc_trim</c> (musl), it does nothing.
/// </summary>
internal static partial class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (Volatile.Read(ref _unavailable))
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _unavailable, true);
        }
    }

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
