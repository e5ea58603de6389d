import Foundation

/// Runs the project's independent ZPL checker (`../shared/tools/labels/check_label.py`), which
/// parses, renders and decodes labels with tools that share no code with Tote's writer.
///
/// Needs a Python with the checker's requirements: `$TOTE_LABEL_CHECKER_PYTHON`, or the venv at
/// `/tmp/labels-venv`.
public enum LabelChecker {
    public static var python: String? {
        let env = ProcessInfo.processInfo.environment["TOTE_LABEL_CHECKER_PYTHON"]
        let candidates = [env, "/tmp/labels-venv/bin/python"].compactMap { $0 }.filter { !$0.isEmpty }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `<repo>/../shared/tools/labels/check_label.py`; symlinks resolved so a scratch package that
    /// links this folder still finds the repository it lives in.
    public static var script: URL {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() } // file, LabelCheckerSupport, Tests
        return url.deletingLastPathComponent().appendingPathComponent("shared/tools/labels/check_label.py")
    }

    public static var isAvailable: Bool {
        python != nil && FileManager.default.fileExists(atPath: script.path)
    }

    /// A stable folder, so the rendered PNGs stay there for a human to look at after a run.
    public static func outputDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-label-check", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    public static func run(_ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [script.path] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        // Drain before waiting: a full pipe would block the checker forever.
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }
}
