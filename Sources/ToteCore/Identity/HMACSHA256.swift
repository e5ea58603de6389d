/// HMAC-SHA-256 (RFC 2104) and PBKDF2-HMAC-SHA-256 (RFC 8018), over `SHA256`.
public enum HMACSHA256 {
    /// The 32-byte MAC of `message` under `key`.
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let (inner, outer) = pads(key)
        return SHA256.hash(outer + SHA256.hash(inner + message))
    }

    /// PBKDF2 with HMAC-SHA-256: `length` bytes derived from `password` and `salt` over
    /// `iterations` rounds.
    ///
    /// The key's inner and outer pad blocks are compressed once; each round then costs two
    /// compressions (a 32-byte message fits one padded block) and allocates nothing.
    public static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int, length: Int = 32) -> [UInt8] {
        precondition(iterations >= 1 && length >= 1)
        let (innerPad, outerPad) = pads(password)
        var scratch = [UInt32](repeating: 0, count: 64)
        var innerStart = SHA256.initialState
        SHA256.compress(&innerStart, innerPad, at: 0, schedule: &scratch)
        var outerStart = SHA256.initialState
        SHA256.compress(&outerStart, outerPad, at: 0, schedule: &scratch)

        var derived: [UInt8] = []
        var blockIndex: UInt32 = 1
        while derived.count < length {
            let index = [UInt8(blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                         UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex)]
            // U1 = HMAC(salt ‖ index): a message of any length, through the general hasher.
            var first = SHA256(state: innerStart, blocks: 1)
            first.update(salt + index)
            var outer = SHA256(state: outerStart, blocks: 1)
            outer.update(first.finalize())
            var u = SHA256.initialState  // reused as U_i's eight words
            let u1 = outer.finalize()
            for i in 0 ..< 8 {
                u[i] = UInt32(u1[4 * i]) << 24 | UInt32(u1[4 * i + 1]) << 16 | UInt32(u1[4 * i + 2]) << 8 | UInt32(u1[4 * i + 3])
            }
            var t = u
            var state = innerStart
            for _ in 1 ..< iterations {
                // inner = SHA256(innerPad ‖ U): U, then 0x80, zeros and the bit length 768.
                state = innerStart
                loadDigestBlock(u, into: &scratch)
                SHA256.compressSchedule(&state, &scratch)
                // outer = SHA256(outerPad ‖ inner)
                let inner = state
                state = outerStart
                loadDigestBlock(inner, into: &scratch)
                SHA256.compressSchedule(&state, &scratch)
                for i in 0 ..< 8 {
                    u[i] = state[i]
                    t[i] ^= state[i]
                }
            }
            derived += SHA256.bytes(of: t)
            blockIndex += 1
        }
        return Array(derived.prefix(length))
    }

    /// The padded final block of a 64-byte key block followed by a 32-byte digest.
    @inline(__always)
    private static func loadDigestBlock(_ digest: [UInt32], into w: inout [UInt32]) {
        for i in 0 ..< 8 { w[i] = digest[i] }
        w[8] = 0x8000_0000
        for i in 9 ..< 15 { w[i] = 0 }
        w[15] = (64 + 32) * 8
    }

    private static func pads(_ key: [UInt8]) -> (inner: [UInt8], outer: [UInt8]) {
        var k = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        k += [UInt8](repeating: 0, count: SHA256.blockSize - k.count)
        return (k.map { $0 ^ 0x36 }, k.map { $0 ^ 0x5c })
    }
}
