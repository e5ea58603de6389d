import Foundation
import ToteCore

/// The wall clock, for the station process.
struct SystemClock: Clock {
    func nowMillis() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
