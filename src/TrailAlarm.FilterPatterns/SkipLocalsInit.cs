// The per-event paths use stackalloc scratch buffers that are always fully written before being read; zeroing
// them on every event would cost more than the work they are for.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
