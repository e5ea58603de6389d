import ToteCore

/// The event loop: input batch → app → one draw per batch.
///
/// One thread owns the terminal. A scanner burst arrives as one batch and is drawn once, so
/// fast input is never dropped or slowed by redraws.
public final class TerminalLoop {
    private let app: TerminalApp
    private let terminal: TerminalBackend
    private let clock: Clock

    public init(app: TerminalApp, terminal: TerminalBackend, clock: Clock) {
        self.app = app
        self.terminal = terminal
        self.clock = clock
    }

    /// Runs until the app quits or a stop signal arrives. The caller restores the terminal.
    public func run() {
        let size = terminal.size
        var quitting = perform(app.handle(.resized(width: size.width, height: size.height), atMillis: clock.nowMillis()))
        quitting = perform(app.start(atMillis: clock.nowMillis())) || quitting
        draw()
        while !quitting && StopSignal.requested == 0 {
            for input in terminal.read(timeoutMillis: app.pollMillis) {
                quitting = perform(app.handle(input, atMillis: clock.nowMillis())) || quitting
            }
            quitting = perform(app.handle(nil, atMillis: clock.nowMillis())) || quitting
            draw()
        }
    }

    /// Carries out the app's requests; true when one of them is to quit.
    private func perform(_ requests: [TerminalRequest]) -> Bool {
        var quit = false
        for request in requests {
            switch request {
            case .beep: terminal.beep()
            case .quit: quit = true
            }
        }
        return quit
    }

    private func draw() {
        terminal.draw(app.render(), cursor: app.cursor())
    }
}
