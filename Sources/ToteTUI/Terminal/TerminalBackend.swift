/// The terminal as the runtime sees it. `CursesTerminal` implements it over ncursesw; tests
/// can use a recording one.
public protocol TerminalBackend: AnyObject {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows `grid`, sending only the cells that changed since the last call.
    func draw(_ grid: Grid, cursor: (x: Int, y: Int)?)
    /// Waits up to `timeoutMillis` for input, then returns everything already queued (a
    /// scanner burst arrives whole). Empty on timeout.
    func read(timeoutMillis: Int) -> [TerminalInput]
    func beep()
    /// Restores the terminal. Safe to call more than once.
    func stop()
}
