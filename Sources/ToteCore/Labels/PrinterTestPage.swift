/// A short 4x6 in test label for `tote print test`: printer name, URI, resolution and a Code 128,
/// so an admin can see at a glance that the right printer answers and scans.
public enum PrinterTestPage {
    /// - Parameters:
    ///   - printer: the name from `config/printers.toml`.
    ///   - detail: e.g. the URI and the time, printed under the name.
    public static func zpl(printer: String, detail: String, dpi: Int = 203) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        c.text("TOTE PRINTER TEST", x: 24, y: 40, width: 764, height: 48, justify: .center)
        c.text(printer, x: 24, y: 120, width: 764, height: 40, minHeight: 20, justify: .center)
        c.text(detail, x: 24, y: 180, width: 764, height: 26, maxLines: 3, justify: .center)
        c.text("\(dpi) dpi", x: 24, y: 290, width: 764, height: 30, justify: .center)
        c.code128("TOTE-TEST", left: 12, width: 788, y: 360, barHeight: 150, maxModule: c.dots(4))
        c.horizontalRule(x: 8, y: 600, width: 796)
        c.box(x: 100, y: 650, width: 612, height: 400, thickness: 6)
        c.text("The box above should be square-cornered and inside the label.", x: 24, y: 1100, width: 764, height: 24, maxLines: 2, justify: .center)
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }
}
