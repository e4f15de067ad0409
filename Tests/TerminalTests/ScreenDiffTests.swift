import FolioKit
import Screen
import Testing

@testable import Terminal

@Suite struct ScreenDiffTests {
    private let red = Style(foreground: .ansi(1))

    private func buffer(_ lines: [String], width: Int = 10) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { buffer.write(line, x: 0, y: y, style: .plain) }
        return buffer
    }

    /// Applies runs to an old buffer the way a terminal would, for checking that drawing
    /// the runs gives the new buffer.
    private func apply(_ runs: [ScreenDiff.Run], to old: ScreenBuffer?, size new: ScreenBuffer) -> ScreenBuffer {
        var screen = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
            ?? ScreenBuffer(width: new.width, height: new.height)
        for run in runs {
            for (offset, cell) in run.cells.enumerated() { screen[run.x + offset, run.y] = cell }
        }
        return screen
    }

    @Test func noOldBufferDrawsEverything() {
        let new = buffer(["hello", "world"])
        let runs = ScreenDiff.runs(from: nil, to: new)
        #expect(runs.map(\.text) == ["hello     ", "world     "])
        #expect(apply(runs, to: nil, size: new) == new)
    }

    @Test func identicalBuffersDrawNothing() {
        let screen = buffer(["same", "text"])
        #expect(ScreenDiff.runs(from: screen, to: screen).isEmpty)
    }

    @Test func onlyChangedCellsAreDrawn() {
        let old = buffer(["hello world"], width: 12)
        let new = buffer(["hello there"], width: 12)
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs.first?.x == 6)
        // "world" → "there": w/t, o/h, r/e, l/r, d/e all differ
        #expect(runs.first?.text == "there")
        #expect(apply(runs, to: old, size: new) == new)
    }

    @Test func runsSplitWhereTheStyleChanges() {
        let old = buffer(["abcdef"])
        var new = old
        new.setStyle(red, x: 2, y: 0, width: 2)
        new[5, 0] = Cell(text: "X")
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.map(\.x) == [2, 5])
        #expect(runs.map(\.text) == ["cd", "X"])
        #expect(runs.map(\.style) == [red, .plain])
    }

    @Test func wideCharacterReplacedByTwoNarrowOnes() {
        let old = buffer(["a漢b"])
        let new = buffer(["axyb"])
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.map(\.x) == [1])
        #expect(runs.map(\.text) == ["xy"])
        #expect(apply(runs, to: old, size: new) == new)
    }

    @Test func twoNarrowCharactersReplacedByAWideOne() {
        let old = buffer(["axyb"])
        let new = buffer(["a👍b"])
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.map(\.x) == [1])
        #expect(runs.first?.cells.count == 2)
        #expect(runs.first?.cells.last?.isContinuation == true)
        #expect(apply(runs, to: old, size: new) == new)
    }

    @Test func aNarrowCharacterOverTheRightHalfOfAWideOneRedrawsBoth() {
        let old = buffer(["漢字"])
        let new = buffer(["漢x字"])
        let runs = ScreenDiff.runs(from: old, to: new)
        // Column 2 held 字, column 3 its right half: both change, and so does column 4.
        #expect(runs.first?.x == 2)
        #expect(apply(runs, to: old, size: new) == new)
    }

    @Test func aStyleChangeOnTheRightHalfRedrawsTheWideCharacter() {
        let old = buffer(["漢"])
        var new = old
        new.setStyle(red, x: 1, y: 0, width: 1)
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.map(\.x) == [0])
        #expect(runs.first?.text == "漢")
    }

    @Test func combiningMarksArePartOfTheCell() {
        let old = buffer(["cafe"])
        let new = buffer(["cafe\u{301}"])
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.map(\.x) == [3])
        #expect(runs.first?.cells.first?.text == "e\u{301}")
    }

    @Test func aSizeChangeDrawsEverything() {
        let old = buffer(["hello"], width: 10)
        let wider = buffer(["hello"], width: 12)
        #expect(ScreenDiff.runs(from: old, to: wider).map(\.text) == ["hello       "])
        let taller = buffer(["hello", ""], width: 10)
        let runs = ScreenDiff.runs(from: old, to: taller)
        #expect(runs.map(\.y) == [0, 1])
        #expect(apply(runs, to: old, size: taller) == taller)
    }
}

/// The drawing `folio key-timing` times: what the terminal works out for a frame, in memory.
@Suite struct HeadlessScreenTests {
    @Test("the first frame writes every cell; the same frame again writes nothing; a change writes its cells")
    func drawsWhatChanged() {
        var screen = HeadlessScreen()
        var frame = ScreenBuffer(width: 10, height: 2)
        frame.write("hello", x: 0, y: 0, style: .plain)
        #expect(screen.draw(frame) == 20)
        #expect(screen.draw(frame) == 0)
        frame.write("J", x: 0, y: 1, style: .plain)
        #expect(screen.draw(frame) == 1)
        frame.write("漢", x: 4, y: 1, style: .plain)
        #expect(screen.draw(frame) == 1, "a wide character is written once")
    }
}
