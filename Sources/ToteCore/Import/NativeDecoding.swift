import Foundation

/// Decodes one JSON element and turns a `DecodingError` into an `ImportProblem` naming the field.
enum NativeDecoding {
    static func decode<T: Decodable>(_ type: T.Type, _ chunk: JSONChunker.Chunk) -> Result<T, ImportProblem> {
        do {
            return .success(try JSONDecoder().decode(type, from: Data(chunk.bytes)))
        } catch let error as DecodingError {
            return .failure(problem(error, line: chunk.line))
        } catch {
            return .failure(ImportProblem(line: chunk.line, column: "", reason: "not valid JSON: \(error)"))
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    static func problem(_ error: DecodingError, line: Int) -> ImportProblem {
        switch error {
        case .keyNotFound(let key, let ctx):
            let p = path(ctx.codingPath + [key])
            return ImportProblem(line: line, column: p, reason: "missing; add \"\(key.stringValue)\"")
        case .typeMismatch(let type, let ctx):
            return ImportProblem(line: line, column: path(ctx.codingPath), reason: "expected \(typeName(type))")
        case .valueNotFound(let type, let ctx):
            return ImportProblem(line: line, column: path(ctx.codingPath), reason: "null; expected \(typeName(type))")
        case .dataCorrupted(let ctx):
            let reason = ctx.codingPath.isEmpty ? "not valid JSON (\(ctx.underlyingError.map { "\($0)" } ?? ctx.debugDescription))"
                : ctx.debugDescription
            return ImportProblem(line: line, column: path(ctx.codingPath), reason: reason)
        @unknown default:
            return ImportProblem(line: line, column: "", reason: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        default: return "\(type)".lowercased()
        }
    }
}
