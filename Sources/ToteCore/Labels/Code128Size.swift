/// Sizes a `^BC` (Code 128, automatic subset mode `A`) symbol before the printer draws it, so the
/// writer can pick a module width that keeps the bars and their quiet zones on the label.
enum Code128Size {
    /// Quiet zone each side, in modules (ISO/IEC 15417).
    static let quietZoneModules = 10

    /// True when `data` can go into an automatic-mode `^BC` unchanged: printable ASCII without `>`,
    /// which ZPL reads as the start of an invocation code (`>8` is FNC1 even in mode A).
    static func isEncodable(_ data: String) -> Bool {
        !data.isEmpty && data.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value <= 0x7E && $0 != ">" }
    }

    /// Modules of the symbol without quiet zones: start, data, check, stop. Mirrors the usual
    /// automatic rule (digit runs of four or more, or an even run that ends the data, use subset C)
    /// and adds two spare codewords in case the firmware chooses its subsets less tightly.
    static func modules(_ data: String) -> Int {
        let chars = Array(data.unicodeScalars)
        var codewords = 1 // start
        var inC: Bool? = nil
        var i = 0
        func digitRun(from k: Int) -> Int {
            var j = k
            while j < chars.count, (48...57).contains(chars[j].value) { j += 1 }
            return j - k
        }
        while i < chars.count {
            var run = digitRun(from: i)
            let rest = run == chars.count - i && run % 2 == 0 && run >= 2
            if run >= 2 && (inC == true || run >= 4 || rest) {
                if run % 2 == 1 && inC != true {
                    inC = inC ?? false
                    codewords += 1
                    i += 1
                    run -= 1
                }
                if inC == false { codewords += 1 } // CODE C
                inC = true
                codewords += run / 2
                i += run / 2 * 2
                continue
            }
            if inC == true { codewords += 1 } // CODE B
            inC = false
            codewords += 1
            i += 1
        }
        codewords += 1 + 2 // check + spare
        return codewords * 11 + 2 // the stop character is 13 modules
    }

    /// The widest module (dots, at most `maxModule`, at least 2 so common scanners still read it)
    /// at which the symbol plus quiet zones fits in `available` dots; nil when even 2 does not fit.
    static func moduleWidth(for data: String, available: Int, maxModule: Int) -> Int? {
        let total = modules(data) + 2 * quietZoneModules
        var w = maxModule
        while w >= 2 {
            if total * w <= available { return w }
            w -= 1
        }
        return nil
    }
}
