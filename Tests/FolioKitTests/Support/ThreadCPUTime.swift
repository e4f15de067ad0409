import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The CPU time the calling thread spends in `body`, in seconds: unlike wall time, other work
/// on a busy machine (other tests, other builds) does not add to it. The tests that bound
/// hostile inputs (feeds, Markdown, pages) use it, with bounds far above what linear work takes
/// and far below what quadratic work would.
func threadCPUSeconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
}
