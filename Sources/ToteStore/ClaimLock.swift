import Foundation

/// Claims queue on a kernel lock (`flock` on a file beside the store) before they ask
/// SQLite for its write lock. A blocked `flock` sleeps until the holder lets go and is woken at
/// once, where SQLite's busy handler sleeps and retries on a back-off; with more claiming
/// stations than cores the back-off, not the claim, made the slowest claims slow.
enum ClaimLock {
    nonisolated(unsafe) private static var descriptors: [String: Int32] = [:]
    private static let guardLock = NSLock()

    static func serialized<T>(storePath: String, _ body: () throws -> T) throws -> T {
        let fd = descriptor(for: storePath + ".claim-lock")
        guard fd >= 0 else { return try body() }  // No lock file (read-only folder): SQLite alone.
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    private static func descriptor(for path: String) -> Int32 {
        guardLock.lock()
        defer { guardLock.unlock() }
        if let fd = descriptors[path] { return fd }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd >= 0 { descriptors[path] = fd }
        return fd
    }
}
