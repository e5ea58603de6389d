/// A key the station reacts to, decoded from the terminal by the backend.
public enum Key: Equatable, Sendable, Hashable {
    case char(Character)
    case enter, tab, backspace, escape
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// Ctrl-C and friends arrive as signals, not keys; this is for an explicit interrupt key.
    case interrupt
}

/// What the terminal delivers to the runtime.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
}
