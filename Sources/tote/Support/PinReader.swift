import Foundation
import ToteCore

/// Reads PINs from standard input: from a terminal without echo, else one line each (for
/// scripts: `printf '1234\n' | tote users add …`). Never from the command line, where PINs would
/// end up in shell history and `ps`.
enum PinReader {
    /// One line, typed without echo when standard input is a terminal.
    static func read(prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw ToteError("\(prompt) expected a PIN on standard input, found the end of it.")
            }
            return line
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }

    /// A new PIN, asked twice on a terminal so a typo does not lock the user out.
    static func readNew(for badge: String) throws -> PinHash {
        let pin = try read(prompt: "New PIN for \(badge) (4–12 digits): ")
        try PinHash.validate(pin)
        if isatty(STDIN_FILENO) == 1, try read(prompt: "Again: ") != pin {
            throw ToteError("The two PINs for \(badge) differ; nothing was saved.")
        }
        var generator = SystemRandomNumberGenerator()
        let salt = (0 ..< PinHash.saltSize).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try PinHash(pin: pin, salt: salt)
    }
}
