import FolioKit
import Testing

@testable import Terminal

@Suite struct ColorPaletteTests {
    private let indexed = ColorPalette(capability: .indexed256)
    private let sixteen = ColorPalette(capability: .ansi16)
    private let eight = ColorPalette(capability: .ansi8)
    private let direct = ColorPalette(capability: .direct)

    @Test func rgbToNearest256ColourCubeOrGrey() {
        #expect(indexed.background(.rgb(255, 0, 0)) == 196)
        #expect(indexed.background(.rgb(0, 0, 0)) == 16)
        #expect(indexed.background(.rgb(255, 255, 255)) == 231)
        #expect(indexed.background(.rgb(95, 135, 175)) == 67)  // exactly a cube colour
        #expect(indexed.background(.rgb(128, 128, 128)) == 244)  // the grey ramp's #808080
        #expect(indexed.background(.rgb(0x26, 0x8B, 0xD2)) == 32)  // Solarized blue → #0087d7
        #expect(indexed.background(.rgb(0x00, 0x2B, 0x36)) == 235)  // a near-black stays near-black
    }

    @Test func rgbNeverMapsToTheUserConfigurable16() {
        for value in stride(from: 0, through: 255, by: 15) {
            let color = indexed.background(.rgb(UInt8(value), UInt8(255 - value), UInt8(value / 2)))
            #expect(color.map { $0 >= 16 } == true)
        }
    }

    @Test func paletteColoursPassThroughOn256() {
        #expect(indexed.foreground(.ansi(9))?.color == 9)
        #expect(indexed.foreground(.indexed(208))?.color == 208)
        #expect(indexed.foreground(.default)?.color == -1)
        #expect(indexed.background(.default) == -1)
    }

    @Test func rgbAndIndexedTo16() {
        #expect(sixteen.foreground(.rgb(255, 0, 0))?.color == 9)
        #expect(sixteen.foreground(.rgb(200, 0, 0))?.color == 1)
        #expect(sixteen.foreground(.indexed(196))?.color == 9)
        #expect(sixteen.foreground(.indexed(232))?.color == 0)
        #expect(sixteen.foreground(.rgb(250, 250, 250))?.color == 15)
        #expect(sixteen.foreground(.ansi(12))?.color == 12)
    }

    @Test func rgbTo8AndBrightColoursAsBold() {
        #expect(eight.foreground(.rgb(255, 0, 0))?.color == 1)
        #expect(eight.foreground(.rgb(0, 0, 230))?.color == 4)
        #expect(eight.foreground(.indexed(46))?.color == 2)
        let brightRed = eight.foreground(.ansi(9))
        #expect(brightRed?.color == 1)
        #expect(brightRed?.bold == true)
        #expect(eight.foreground(.ansi(1))?.bold == false)
        #expect(eight.background(.ansi(12)) == 4)
    }

    @Test func directColourSendsRGBAndKeepsTheFirstEightAsANSI() {
        #expect(direct.foreground(.rgb(0x12, 0x34, 0x56))?.color == 0x123456)
        #expect(direct.foreground(.ansi(3))?.color == 3)
        #expect(direct.foreground(.indexed(196))?.color == 0xFF0000)
        #expect(direct.foreground(.ansi(9))?.color == 0xFF0000)
        // Black as RGB must not turn into ANSI colour 0, which the user may have changed.
        #expect((direct.background(.rgb(0, 0, 0)) ?? 0) >= 8)
    }

    @Test func defaultColoursWithoutUseDefaultColors() {
        let palette = ColorPalette(capability: .indexed256, hasDefaultColors: false)
        #expect(palette.foreground(.default)?.color == 7)
        #expect(palette.background(.default) == 0)
    }

    @Test func noColorMeansNoColourButAttributesStay() {
        let capability = ColorCapability.detect(hasColors: true, colors: 256, environment: ["NO_COLOR": "1"])
        #expect(capability == .none)
        let palette = ColorPalette(capability: capability)
        #expect(palette.foreground(.rgb(255, 0, 0)) == nil)
        #expect(palette.background(.ansi(4)) == nil)
    }

    @Test func detection() {
        #expect(ColorCapability.detect(hasColors: true, colors: 256, environment: ["NO_COLOR": ""]) == .indexed256)
        #expect(ColorCapability.detect(hasColors: false, colors: 0, environment: [:]) == .none)
        #expect(ColorCapability.detect(hasColors: true, colors: 8, environment: [:]) == .ansi8)
        #expect(ColorCapability.detect(hasColors: true, colors: 16, environment: [:]) == .ansi16)
        #expect(ColorCapability.detect(hasColors: true, colors: 0x100_0000, environment: [:]) == .direct)
        // COLORTERM=truecolor with a 256-colour description stays at 256: ncurses could not send RGB.
        #expect(ColorCapability.detect(hasColors: true, colors: 256, environment: ["COLORTERM": "truecolor"]) == .indexed256)
    }
}
