/// The station's command sheet: one 4x6 in ZPL label with a Code 128 barcode (and its
/// interpretation line) for every `StationCommand`, so a gloved packer drives the flow by scanning.
///
/// Layout (203 dpi design dots, scaled to `dpi`): a title band, then one row per command (up to
/// 122 dots, fewer so that every command fits the 1218-dot label),
/// the command word and a short caption on the left, the barcode on the right. The barcodes
/// encode exactly the command's raw value (`NEXT`, …), which `ScanClassifier` reads as that
/// command, with or without the scanner's `]C0` AIM prefix.
public enum CommandSheet {
    /// English captions; pass others to `zpl(dpi:captions:)` for another language.
    public static let englishCaptions: [StationCommand: String] = [
        .next: "Claim next order",
        .short: "Item missing in bin",
        .damaged: "Item damaged",
        .skip: "Skip this line",
        .undo: "Take back last scan",
        .reprint: "Print label again",
        .cancel: "Release the order",
        .done: "Finish the order",
        .logout: "Sign out",
        .confirm: "Check off highlighted item",
    ]

    static let top = 96
    /// Rows share the label below the title band, at most 122 dots each.
    static var rowHeight: Int { min(122, (1210 - top) / StationCommand.allCases.count) }

    /// One complete label format (`^XA` … `^XZ`), 4x6 in at `dpi` (203, 300 or 600).
    /// - Returns: ZPL text with UTF-8 field data (`^CI28`); every field is `^FH`-escaped.
    public static func zpl(dpi: Int = 203, title: String = "TOTE COMMANDS",
                           captions: [StationCommand: String] = englishCaptions) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        c.text(title, x: 24, y: 28, width: 764, height: 48, minHeight: 28, justify: .center)
        for (i, command) in StationCommand.allCases.enumerated() {
            let y = top + i * rowHeight
            c.horizontalRule(x: 8, y: y, width: 796)
            c.text(command.rawValue, x: 24, y: y + 16, width: 300, height: 44, minHeight: 30)
            c.text(captions[command] ?? "", x: 24, y: y + rowHeight - 40, width: 300, height: 22, maxLines: 1)
            c.code128(command.rawValue, left: 330, width: 470, y: y + 12, barHeight: rowHeight - 50, maxModule: c.dots(3))
        }
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }
}
