import Foundation

/// One `tmux` server on a private socket, with one 80x24 (or other size) pane running a
/// command: the packer's terminal. Keys go in with `send-keys`, the screen comes back with
/// `capture-pane`.
///
/// Always `kill()` it in a `defer`: the server outlives the test otherwise.
final class TmuxSession: @unchecked Sendable {
    let tmux: String
    let socket: String
    /// A folder for the socket and scratch files; the caller owns and removes it.
    let folder: URL

    private init(tmux: String, socket: String, folder: URL) {
        self.tmux = tmux
        self.socket = socket
        self.folder = folder
    }

    /// The tmux executable, or a failure that says how to get it. E2E tests must not skip
    /// silently when it is missing: CI installs it.
    static func locateTmux() throws -> String {
        guard let tmux = Subprocess.which("tmux") else {
            throw EndToEndError("""
                tmux is not installed, and the end-to-end tests need it to drive the real tote binary. \
                Install it (apt-get install tmux / brew install tmux) and run the tests again.
                """)
        }
        return tmux
    }

    /// Starts a detached session whose only pane runs `shellCommand` (through `sh -c`).
    static func start(_ shellCommand: String, in folder: URL, name: String = "s",
                      width: Int = 80, height: Int = 24) async throws -> TmuxSession {
        let tmux = try locateTmux()
        let socket = folder.appendingPathComponent("\(name).sock").path
        let session = TmuxSession(tmux: tmux, socket: socket, folder: folder)
        try await session.tmuxCommand(["new-session", "-d", "-s", "s", "-x", String(width), "-y", String(height),
                                       "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", shellCommand])
        return session
    }

    @discardableResult
    func tmuxCommand(_ arguments: [String]) async throws -> String {
        let result = try await Subprocess.run(tmux, ["-u", "-S", socket] + arguments, scratch: folder)
        guard result.status == 0 else {
            throw EndToEndError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    // MARK: - Input

    /// Types `text` as one burst, as a keyboard-wedge scanner does, without the terminator.
    func sendLiteral(_ text: String) async throws {
        try await tmuxCommand(["send-keys", "-t", "s", "-l", "--", text])
    }

    /// A scan: the text, then Enter.
    func sendScan(_ text: String) async throws {
        try await sendLiteral(text)
        try await sendKey("Enter")
    }

    /// A named key as tmux spells it: Enter, Escape, F10, Up, …
    func sendKey(_ name: String) async throws {
        try await tmuxCommand(["send-keys", "-t", "s", name])
    }

    func resize(width: Int, height: Int) async throws {
        try await tmuxCommand(["resize-window", "-t", "s", "-x", String(width), "-y", String(height)])
    }

    // MARK: - Output

    /// The visible pane, one string per row (trailing spaces dropped by tmux).
    func capture() async throws -> Screen {
        Screen(text: try await tmuxCommand(["capture-pane", "-p", "-t", "s"]))
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) async throws -> String {
        try await tmuxCommand(["display-message", "-p", "-t", "s", format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane every 50 ms until `text` is on it; fails with the last screen after
    /// `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) async throws -> Screen {
        try await waitUntil("'\(text)' on screen", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 15,
                   _ condition: (Screen) throws -> Bool) async throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try await capture()
        while true {
            if try condition(last) { return last }
            guard Date() < deadline else {
                throw EndToEndError("Timed out after \(timeout) s waiting for \(what). Screen:\n\(last.framed)")
            }
            try await Task.sleep(nanoseconds: 50_000_000)
            last = try await capture()
        }
    }

    /// Stops the server and everything in it. Blocking, so it works in `defer`.
    func kill() {
        Subprocess.runBlocking(tmux, ["-S", socket, "kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }
}

/// A captured pane.
struct Screen: CustomStringConvertible, Sendable {
    let text: String
    let rows: [String]

    init(text: String) {
        self.text = text
        var rows = text.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }  // capture-pane ends with a newline
        self.rows = rows
    }

    func contains(_ s: String) -> Bool { text.contains(s) }

    /// The title row of the station.
    var title: String { rows.first ?? "" }

    /// The status line: second to last row of the station's 24.
    var statusLine: String { rows.count >= 2 ? rows[rows.count - 2] : "" }

    /// The `have/total` units progress at the right of the pick and pack title rows.
    var progress: (have: Int, total: Int)? {
        guard let last = title.split(separator: " ").last else { return nil }
        let parts = last.split(separator: "/")
        guard parts.count == 2, let have = Int(parts[0]), let total = Int(parts[1]) else { return nil }
        return (have, total)
    }

    /// The last count column of the table row listing `sku` (Picked on the pick screen,
    /// Packed on the pack screen).
    func count(ofSKU sku: String) -> Int? {
        for row in rows.dropFirst(3) {
            let words = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.contains(sku), words.count >= 3, let count = Int(words[words.count - 1]),
                  Int(words[words.count - 2]) != nil else { continue }
            return count
        }
        return nil
    }

    /// The screen in a frame, for failure messages.
    var framed: String {
        let width = rows.map(\.count).max() ?? 0
        let border = "+" + String(repeating: "-", count: width) + "+"
        return ([border] + rows.map { "|" + $0.padding(toLength: width, withPad: " ", startingAt: 0) + "|" } + [border])
            .joined(separator: "\n")
    }

    var description: String { framed }
}
