import ToteCore
import ToteTUI

/// A terminal that replays scripted input batches and keeps every frame drawn: the runtime
/// loop runs for real, without curses.
final class ScriptedTerminal: TerminalBackend {
    var batches: [[TerminalInput]]
    private(set) var frames: [Grid] = []
    private(set) var beeps = 0
    private(set) var stopped = false
    var size: (width: Int, height: Int) = (80, 24)
    /// Advanced by each read's timeout, as real waiting would.
    let clock: FixedClock?
    /// Called before each read with how many reads came before: another process's writes.
    var beforeRead: ((Int) -> Void)?
    private var reads = 0

    init(_ batches: [[TerminalInput]], clock: FixedClock? = nil) {
        self.batches = batches
        self.clock = clock
    }

    /// Each string is one scanner burst: its characters then Enter, in one batch.
    static func scans(_ texts: [String]) -> [[TerminalInput]] {
        texts.map { $0.map { TerminalInput.key(.char($0)) } + [.key(.enter)] }
    }

    func draw(_ grid: Grid, cursor: (x: Int, y: Int)?) { frames.append(grid) }

    func read(timeoutMillis: Int) -> [TerminalInput] {
        beforeRead?(reads)
        reads += 1
        clock?.advance(by: Int64(timeoutMillis))
        // When the script runs out, quit like a packer pressing F10.
        return batches.isEmpty ? [.key(.function(10))] : batches.removeFirst()
    }

    func beep() { beeps += 1 }
    func stop() { stopped = true }

    var screen: String { frames.last?.text ?? "" }
}
