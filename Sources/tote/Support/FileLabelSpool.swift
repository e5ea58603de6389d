import Foundation
import ToteCore

/// Writes labels as files into a spool folder, atomically (temporary file, then rename), so
/// a printer watcher or a crash never sees half a label.
struct FileLabelSpool: LabelSpool {
    let directory: URL

    init(directory: String) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw ToteError("Cannot create the label spool folder \(directory): \(error.localizedDescription). "
                + "Set [spool] dir in station.toml to a writable folder.")
        }
    }

    func spool(zpl: String, name: String) throws -> String {
        let target = directory.appendingPathComponent(name)
        try Data(zpl.utf8).write(to: target, options: .atomic)
        return target.path
    }
}
