import CNCursesw

/// The ncursesw backend: the only code in Tote that calls curses.
///
/// Draws grid diffs with `mvadd_wch` (wide characters take their real width), reads keys with
/// `get_wch`, and maps roles to colour pairs, or to bold/reverse when colour is off.
public final class CursesTerminal: TerminalBackend {
    private var previous: Grid?
    private var started = false
    private let monochrome: Bool

    /// Starts curses. `color: false` (or `NO_COLOR` in the environment, checked by the caller)
    /// draws with attributes only.
    public init(color: Bool) {
        _ = cn_set_locale_all()
        initscr()
        started = true
        cbreak()
        noecho()
        nonl()
        intrflush(cn_stdscr(), false)
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        curs_set(1)
        monochrome = !color || !has_colors()
        if !monochrome {
            start_color()
            use_default_colors()
            for role in Role.allCases { Self.definePair(role) }
        }
    }

    public var size: (width: Int, height: Int) { (Int(cn_cols()), Int(cn_lines())) }

    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)?) {
        if let p = previous, p.width != grid.width || p.height != grid.height {
            previous = nil
            clear()
        }
        var chars = [wchar_t](repeating: 0, count: 6)
        for (x, y) in grid.changes(since: previous) {
            var cx = x
            var cell = grid[x, y]
            // A changed right half is redrawn through its left half, which owns the glyph.
            if cell.isContinuation {
                guard x > 0 else { continue }
                cx = x - 1
                cell = grid[cx, y]
            }
            var n = 0
            for scalar in cell.text.unicodeScalars where n < 5 {
                chars[n] = wchar_t(bitPattern: scalar.value)
                n += 1
            }
            if n == 0 { chars[0] = 32; n = 1 }
            chars[n] = 0
            let (attrs, pair) = style(cell.role)
            _ = chars.withUnsafeBufferPointer { cn_put(Int32(y), Int32(cx), $0.baseAddress, attrs, pair) }
        }
        previous = grid
        if let cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    public func read(timeoutMillis: Int) -> [TerminalInput] {
        var out: [TerminalInput] = []
        timeout(Int32(timeoutMillis))
        while let input = readOne() {
            out.append(input)
            // Drain whatever is already queued without waiting: a scanner burst is one batch.
            timeout(0)
            if out.count > 8192 { break }
        }
        return out
    }

    /// Sounds the bell and flashes the screen where the terminal can: a packer in a noisy
    /// aisle may not hear the beep.
    public func beep() {
        _ = CNCursesw.beep()
        _ = flash()
    }

    public func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
    }

    private func readOne() -> TerminalInput? {
        var code: UInt32 = 0
        let rc = cn_get_wch(&code)
        if rc == cn_err() { return nil }
        if rc == cn_key_code_yes() { return keyCode(Int32(bitPattern: code)) ?? readOne() }
        switch code {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 0x1D: return .key(.char("\u{1D}"))  // GS: the GS1 field separator some scanners send
        case 0..<32: return readOne()
        default:
            guard let scalar = Unicode.Scalar(code) else { return readOne() }
            return .key(.char(Character(scalar)))
        }
    }

    private func keyCode(_ code: Int32) -> TerminalInput? {
        switch code {
        case cn_key_resize(): return .resized(width: Int(cn_cols()), height: Int(cn_lines()))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    // MARK: - Colours

    private static func colors(_ role: Role) -> (fg: Int16, bg: Int16) {
        switch role {
        case .normal, .scanLine: return (-1, -1)
        case .title: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .header: return (Int16(COLOR_CYAN), -1)
        case .selected: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .dim: return (-1, -1)
        case .ok: return (Int16(COLOR_GREEN), -1)
        case .warning: return (Int16(COLOR_YELLOW), -1)
        case .error: return (Int16(COLOR_WHITE), Int16(COLOR_RED))
        case .accent: return (Int16(COLOR_YELLOW), -1)
        case .statusBar: return (-1, -1)
        case .functionKey: return (-1, -1)
        case .functionLabel: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        }
    }

    private static func definePair(_ role: Role) {
        let c = colors(role)
        init_pair(Int16(role.rawValue) + 1, c.fg, c.bg)
    }

    private func style(_ role: Role) -> (attr_t, Int16) {
        if monochrome {
            switch role {
            case .title, .selected, .functionLabel: return (cn_a_reverse(), 0)
            case .header: return (cn_a_bold() | cn_a_underline(), 0)
            case .error, .warning, .accent: return (cn_a_bold(), 0)
            case .dim: return (cn_a_dim(), 0)
            default: return (cn_a_normal(), 0)
            }
        }
        var attrs = cn_a_normal()
        switch role {
        case .title, .header, .error, .warning, .accent: attrs |= cn_a_bold()
        case .dim: attrs |= cn_a_dim()
        default: break
        }
        return (attrs, Int16(role.rawValue) + 1)
    }
}
