import Testing
@testable import JixiaoCore

/// `DecimalNumber.doubleValue` (chart geometry) through `Int64` gives the very `Double` of
/// the generic `Int128` conversion it replaced, bit for bit, small and huge values alike.
@Suite("Decimal numbers as Double")
struct DecimalDoubleTests {
    static func generic(_ d: DecimalNumber) -> Double { Double(d.raw) / Double(DecimalNumber.scale) }

    @Test("scores, money, the edges of Int64 and of exact doubles, and beyond Int64")
    func sameBits() {
        let raws: [Int128] = [
            0, 1, -1, 85_500_000, -3_250_000, 999_999, 123_456_789_012, 1 << 53, (1 << 53) + 1, (1 << 53) + 3, -(1 << 53) - 1,
            Int128(Int64.max), Int128(Int64.max) - 511, Int128(Int64.min), Int128(Int64.max) + 1, Int128(Int64.min) - 1,
            Int128(Int64.max) * 1_000 + 7, -(Int128(Int64.max) * 3) - 1,
        ]
        for raw in raws {
            let d = DecimalNumber(raw: raw)
            #expect(d.doubleValue.bitPattern == Self.generic(d).bitPattern, "raw \(raw)")
        }
        #expect(DecimalNumber(raw: 85_500_000).doubleValue == 85.5)
        #expect(DecimalNumber(raw: -3_250_000).doubleValue == -3.25)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<10_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let d = DecimalNumber(raw: Int128(Int64(bitPattern: seed)) >> Int128(seed % 64))
            #expect(d.doubleValue.bitPattern == Self.generic(d).bitPattern)
        }
    }
}
