#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the program has freed back to the system between build stages.
///
/// The rules and analytics stages make and drop many temporary values on two workers; glibc
/// keeps the freed pages in its arenas, so they would count towards the page stages' resident
/// memory though nothing uses them. glibc's `malloc_trim` returns every free page to the
/// system; it is looked up at run time (Swift's Glibc module does not declare it), and where
/// the C library has no such call nothing happens.
enum MemoryRelease {
    private typealias Trim = @convention(c) (Int) -> Int32

    /// Returns the free pages of every malloc arena to the system.
    static func trim() {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
