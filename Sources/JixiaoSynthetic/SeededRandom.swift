import JixiaoCore
import JixiaoRules
/// A small deterministic random number generator (SplitMix64): the same seed always gives
/// the same sequence on every machine, so generated companies are reproducible.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A number with one decimal in `range`, as text.
    public mutating func decimal(_ low: Int, _ high: Int, places: Int = 1) -> String {
        var unit = 1
        for _ in 0..<places { unit *= 10 }
        let raw = Int.random(in: (low * unit)...(high * unit), using: &self)
        return DecimalNumber(units: raw, fractionDigits: places).formatted(places: places)
    }

    /// `true` with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    /// A small count: mostly 0, sometimes more.
    public mutating func count(zeroPercent: Int, max: Int) -> Int {
        chance(zeroPercent) ? 0 : int(1...max)
    }
}
