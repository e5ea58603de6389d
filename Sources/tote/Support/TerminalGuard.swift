import Foundation
import ToteTUI

/// Puts the terminal back on every way out: normal return, SIGINT/SIGTERM/SIGHUP, and a
/// crash signal, so a packer's SSH session is never left in raw mode.
enum TerminalGuard {
    nonisolated(unsafe) private static var terminal: TerminalBackend?

    static func install(_ backend: TerminalBackend) {
        terminal = backend
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            // Stop the loop at the next batch; the loop's caller restores the terminal.
            signal(sig) { sig in StopSignal.requested = sig }
        }
        for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            signal(sig) { sig in
                TerminalGuard.restore()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
        atexit { TerminalGuard.restore() }
    }

    static func restore() {
        terminal?.stop()
    }
}
