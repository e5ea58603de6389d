import Testing
@testable import ToteTUI

@Suite("Grid")
struct GridTests {
    @Test func hangulTakesTwoColumnsAndRomanianOne() {
        #expect(CharWidth.of("김민준") == 6)
        #expect(CharWidth.of("Ștefan Țurcanu") == 14)
        #expect(CharWidth.of("Åsa Öberg") == 9)
    }

    @Test func decomposedDiacriticsAreOneColumn() {
        // "Ș" as S + combining comma below (NFD) is still one column.
        #expect(CharWidth.of("S\u{0326}tefan") == 6)
    }

    @Test func wideCharacterIsNeverCutInHalf() {
        var g = Grid(width: 5, height: 1)
        g.put("김민준", x: 0, y: 0)
        #expect(g.text == "김민…\n")
        g = Grid(width: 6, height: 1)
        g.put("김민준", x: 0, y: 0)
        #expect(g.text == "김민준\n")
    }

    @Test func textLongerThanItsFieldEndsInEllipsis() {
        var g = Grid(width: 10, height: 1)
        let written = g.put("Ioana Mărgărit-Popescu", x: 0, y: 0, maxWidth: 8)
        #expect(written == 8)
        #expect(g.text == "Ioana M…\n")
    }

    @Test func controlAndBidiCharactersBecomeVisiblePlaceholders() {
        var g = Grid(width: 30, height: 1)
        g.put("A\u{1B}[2JB\u{202E}C\u{07}", x: 0, y: 0)
        #expect(g.text == "A␛[2JB�C␇\n")
        #expect(!g.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("김", x: 0, y: 0)
        g.put("x", x: 1, y: 0)
        #expect(g.text == " x\n")
    }

    @Test func changesListOnlyTheCellsThatDiffer() {
        var a = Grid(width: 10, height: 3)
        a.put("hello", x: 0, y: 1)
        var b = a
        b.put("J", x: 0, y: 1)
        #expect(b.changes(since: a).map { [$0.x, $0.y] } == [[0, 1]])
        #expect(b.changes(since: nil).count == 30)
        #expect(b.changes(since: Grid(width: 5, height: 3)).count == 30)
    }

    @Test func clippingOutsideTheGridIsHarmless() {
        var g = Grid(width: 3, height: 2)
        g.put("abc", x: -2, y: 0)
        g.put("abc", x: 2, y: 5)
        g.put("abc", x: 7, y: 1)
        g.fill(Rect(x: -5, y: -5, width: 100, height: 100), role: .dim)
        #expect(g.cells.count == 6)
    }
}

@Suite("Columns with translated headers")
struct ColumnsLanguageTests {
    @Test func aWiderHeaderGrowsItsColumnFromTheFlexibleOne() {
        let w = Columns.widths(fixed: [1, 6, 3], flexIndex: 2, total: 40, headers: ["", "Commande", "Client", "우선"])
        #expect(w == [1, 8, 24, 4])
        #expect(w.reduce(0, +) + 3 == 40)
        // English headers that fit change nothing.
        #expect(Columns.widths(fixed: [1, 6, 3], flexIndex: 2, total: 40, headers: ["", "Order", "Customer", "Pri"])
                == Columns.widths(fixed: [1, 6, 3], flexIndex: 2, total: 40))
    }

    @Test func theFlexibleColumnKeepsItsRoomAndTheHeaderIsShortenedInstead() {
        let w = Columns.widths(fixed: [1, 6], flexIndex: 2, total: 22, headers: ["", "Emplacement", "Article"])
        #expect(w == [1, 6, 13])
        var grid = Grid(width: 22, height: 1)
        Columns.draw(["", "Emplacement", "Article"], widths: w, into: &grid, y: 0, role: .header)
        #expect(grid.text == "  Empla… Article\n")
    }

    @Test func koreanInANarrowColumnIsNeverCutInHalf() {
        var grid = Grid(width: 12, height: 1)
        Columns.draw(["로케이션", "수량"], widths: [5, 4], right: [1], into: &grid, y: 0, role: .normal)
        // 5 columns hold two syllables and "…" (4 + 1), never a half syllable.
        #expect(grid.text == "로케… 수량\n")
        #expect(CharWidth.of(grid.text.dropLast()) <= 12)
    }
}
