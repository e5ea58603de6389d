/// HMAC-SHA-256 (RFC 2104) and PBKDF2-HMAC-SHA-256 (RFC 8018), over `SHA256`.
public enum HMACSHA256 {
    /// The 32-byte MAC of `message` under `key`.
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let (inner, outer) = pads(key)
        return finish(inner: inner, outer: outer, message: message)
    }

    /// PBKDF2 with HMAC-SHA-256: `length` bytes derived from `password` and `salt` over
    /// `iterations` rounds (each round is two SHA-256 passes of two blocks).
    public static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int, length: Int = 32) -> [UInt8] {
        precondition(iterations >= 1 && length >= 1)
        let (inner, outer) = pads(password)
        var derived: [UInt8] = []
        var blockIndex: UInt32 = 1
        while derived.count < length {
            let index = [UInt8(blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                         UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex)]
            var u = finish(inner: inner, outer: outer, message: salt + index)
            var t = u
            for _ in 1 ..< iterations {
                u = finish(inner: inner, outer: outer, message: u)
                for i in 0 ..< t.count { t[i] ^= u[i] }
            }
            derived += t
            blockIndex += 1
        }
        return Array(derived.prefix(length))
    }

    private static func pads(_ key: [UInt8]) -> (inner: [UInt8], outer: [UInt8]) {
        var k = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        k += [UInt8](repeating: 0, count: SHA256.blockSize - k.count)
        return (k.map { $0 ^ 0x36 }, k.map { $0 ^ 0x5c })
    }

    private static func finish(inner: [UInt8], outer: [UInt8], message: [UInt8]) -> [UInt8] {
        SHA256.hash(outer + SHA256.hash(inner + message))
    }
}
