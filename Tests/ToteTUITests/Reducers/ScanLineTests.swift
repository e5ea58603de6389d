import Testing
@testable import ToteTUI

@Suite("Scan line")
struct ScanLineTests {
    @Test func loneKeyNeedsTheWindowToPass() {
        var line = ScanLine()
        line.append("n", at: 1000)
        #expect(line.loneKey(now: 1010, window: 30) == nil)
        #expect(line.loneKey(now: 1030, window: 30) == "n")
        line.append("e", at: 1031)
        #expect(line.loneKey(now: 2000, window: 30) == nil)
    }

    @Test func gapsTellScannerFromHand() {
        var scanner = ScanLine()
        for (i, ch) in "4006381333931".enumerated() { scanner.append(ch, at: Int64(i * 3)) }
        #expect(scanner.maxGapMillis == 3)
        var hand = ScanLine()
        for (i, ch) in "NEXT".enumerated() { hand.append(ch, at: Int64(i * 180)) }
        #expect(hand.maxGapMillis == 180)
    }

    @Test func hugeInputIsCapped() {
        var line = ScanLine()
        for _ in 0..<10_000 { line.append("9", at: 0) }
        #expect(line.buffer.count == 4096)
    }
}

@Suite("Scan terminator")
struct ScanTerminatorTests {
    @Test func tabIsIgnoredUnlessConfigured() {
        var h = Harness()
        for ch in "NEXT" { h.send(.input(.key(.char(ch)), atMillis: Fixtures.now)) }
        #expect(h.key(.tab) == [])
        #expect(h.state.scanLine.buffer == "NEXT")
    }

    @Test func tabEndsTheScanWhenConfigured() {
        var context = Fixtures.context
        context.tabEndsScan = true
        let reducer = AppReducer(context: context)
        var state = Fixtures.state()
        for ch in "NEXT" { _ = reducer.reduce(&state, .input(.key(.char(ch)), atMillis: Fixtures.now)) }
        let effects = reducer.reduce(&state, .input(.key(.tab), atMillis: Fixtures.now + 1))
        #expect(effects.last == .claimNext)
    }
}

@Suite("Scan log details")
struct ScanLogDetailTests {
    @Test func eachScanIsLoggedWithItsTypingRhythmAndSymbology() {
        var h = Harness()
        for (i, ch) in "]E04006381333931".enumerated() {
            h.send(.input(.key(.char(ch)), atMillis: Fixtures.now + Int64(i * 4)))
        }
        let effects = h.send(.input(.key(.enter), atMillis: Fixtures.now + 100))
        guard case .record(let scan, _)? = effects.first else {
            Issue.record("not logged: \(effects)")
            return
        }
        #expect(scan.maxGapMillis == 4)
        #expect(scan.symbology == "EAN-13/UPC-A")
        #expect(h.state.scanMeta == nil, "the details belong to that scan only")
    }

    @Test func aMalformedGS1CodeSaysWhatIsWrong() {
        var h = Harness()
        h.scan("]C1010950110153000317991332")
        #expect(h.state.status?.severity == .error)
        #expect(h.state.status?.text.contains("GS1") == true, "\(h.state.status?.text ?? "")")
    }
}
