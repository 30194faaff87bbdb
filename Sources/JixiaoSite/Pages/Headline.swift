import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A headline figure with its change against the previous month and a sparkline.
public struct Headline: Sendable {
    /// Label.
    public var label: String
    /// Value text.
    public var value: String
    /// Change text (`+2.5`), or empty.
    public var change: String
    /// `up`, `down` or `flat` (for styling; the text carries the sign too).
    public var direction: String
    /// `good`, `bad` or `neutral`: what the change means, from the figure's sense.
    public var tone: String = "neutral"
    /// `▲`, `▼` or `→` (decorative; the text carries the sign).
    public var arrow: String = "→"
    /// The change's label ("vs last month").
    public var changeLabel: String
    /// Inline SVG sparkline (generator-made, escaped).
    public var sparkline: String
}
