import Foundation

/// Runs `body(i)` for i in 0..<count on as many OS threads, started together, and collects
/// results and errors. Threads rather than tasks, so each blocks in SQLite like a station
/// process would.
enum ThreadRace {
    static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
        let results = Results<T>(count: count)
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for i in 0..<count {
            done.enter()
            Thread {
                ready.signal()
                go.wait()
                results.set(i, Result { try body(i) })
                done.leave()
            }.start()
        }
        for _ in 0..<count { ready.wait() }
        for _ in 0..<count { go.signal() }
        done.wait()
        return results.values.map { $0! }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<T, any Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Result<T, any Error>) { lock.withLock { values[i] = value } }
    }
}
