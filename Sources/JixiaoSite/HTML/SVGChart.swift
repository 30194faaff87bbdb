import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Charts drawn at build time as inline SVG: readable with JavaScript off, each with a text
/// alternative and (for the larger ones) its numbers as a table.
public enum SVGChart {
    /// One point or bar.
    public struct Point: Sendable {
        /// Label (month, department…).
        public var label: String
        /// Value, or nil for a gap.
        public var value: DecimalNumber?
        /// Where the bar links (a department's dashboard), when it does.
        public var href: String?
        /// Creates a point.
        public init(_ label: String, _ value: DecimalNumber?, href: String? = nil) {
            self.label = label
            self.value = value
            self.href = href
        }
    }

    private static func fmt(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// An empty SVG element with the given attributes: `<name a="…" …/>`.
    private static func shape(_ b: inout HTMLBuilder, _ name: String, _ attributes: KeyValuePairs<String, String>) {
        b.start(name)
        for (key, value) in attributes { b.attribute(key, value) }
        b.endEmpty()
    }

    /// A `<text>` element with the given attributes.
    private static func label(_ b: inout HTMLBuilder, _ text: String, _ attributes: KeyValuePairs<String, String>) {
        b.start("text")
        for (key, value) in attributes { b.attribute(key, value) }
        b.end()
        b.text(text)
        b.close("text")
    }

    /// The largest chart font in user units: phone-width CSS sets 20 so that text stays at
    /// 11 px or more when a 640-unit chart is drawn 366 px wide (labels are laid out for it).
    static let fontUnits = 20.0

    /// The width of a text in user units at `fontUnits` (CJK and full-width characters one em,
    /// others 0.6 em): enough to keep labels apart.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1.0 : 0.6) } * fontUnits
    }

    /// A label shortened with "…" to fit `width` user units.
    static func shortened(_ text: String, width: Double) -> String {
        guard textWidth(text) > width else { return text }
        var out = ""
        for ch in text {
            if textWidth(out + String(ch) + "…") > width { break }
            out.append(ch)
        }
        return out + "…"
    }

    /// Which x labels a line chart of `count` points over `plotWidth` draws: the last one and
    /// every `step`-th before it, far enough apart that labels `labelWidth` wide (clamped
    /// inside the chart) never overlap.
    static func labelledIndices(count: Int, plotWidth: Double, labelWidth: Double) -> Set<Int> {
        guard count > 1 else { return count == 1 ? [0] : [] }
        let spacing = plotWidth / Double(count - 1)
        let step = max(1, Int((1.5 * labelWidth + 8) / spacing) + 1)
        return Set(stride(from: count - 1, through: 0, by: -step))
    }

    /// The start of a chart's `<svg>` with its title.
    /// A chart whose bars link somewhere is a `group` (an `img` may not hold links).
    private static func open(_ b: inout HTMLBuilder, class cls: String, viewBox: String, title: String, role: String = "img") {
        b.start("svg")
        b.attribute("class", cls)
        b.attribute("viewBox", viewBox)
        b.attribute("role", role)
        b.attribute("aria-label", title)
        b.end()
        b.element("title", text: title)
    }

    /// The points of a line chart as one path of zero-length segments (`M56 12h0M108 138.3h0`),
    /// drawn as dots by round line caps (`.dots` in jixiao.css): a few bytes a point instead of
    /// a `<circle>` with a `<title>`, for charts whose numbers are in a table on the same page.
    static func dots(_ values: [Double?], place: (Int, Double) -> (x: Double, y: Double)) -> String {
        var path = ""
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            let (x, y) = place(i, value)
            path += "M" + fmt(x) + " " + fmt(y) + "h0"
        }
        return path
    }

    /// An SVG path through the present values (`place` gives a value's x and y); a missing
    /// value lifts the pen, so the line has a gap there. Points after a move are bare
    /// coordinate pairs (SVG draws lines through them; shorter than repeating `L`).
    static func polyline(_ values: [Double?], place: (Int, Double) -> (x: Double, y: Double)) -> String {
        var path = ""
        var pen = false
        for (i, value) in values.enumerated() {
            guard let value else { pen = false; continue }
            let (x, y) = place(i, value)
            path += (pen ? " " : "M") + fmt(x) + " " + fmt(y)
            pen = true
        }
        return path
    }

    /// A small line without axes, for headline figures.
    public static func sparkline(_ values: [DecimalNumber?], label: String) -> String {
        let width = 96.0, height = 24.0
        let present = values.compactMap { $0?.doubleValue }
        guard present.count >= 2, let lo = present.min(), let hi = present.max() else { return "" }
        let span = hi - lo == 0 ? 1 : hi - lo
        let path = polyline(values.map { $0?.doubleValue }) { i, v in
            (values.count == 1 ? 0 : Double(i) * width / Double(values.count - 1), height - 2 - (v - lo) / span * (height - 4))
        }
        var b = HTMLBuilder()
        b.start("svg")
        for (key, value) in [
            "class": "sparkline", "viewBox": "0 0 96 24", "width": "96", "height": "24", "role": "img", "aria-label": label,
        ] as KeyValuePairs {
            b.attribute(key, value)
        }
        b.end()
        shape(&b, "path", ["d": path])
        b.close("svg")
        return b.html
    }

    /// A line chart with its value labels, a text alternative and a data table (when the page
    /// already has the numbers in a table, `dataTableID`, a link to it instead of a copy); the
    /// points are one path of dots (their numbers are in the table). It starts at the first
    /// point with a value: the months before it (before a person joined or had a scorecard)
    /// are neither drawn nor listed (issue 14, output size).
    public static func line(
        _ allPoints: [Point], title: String, valueHeader: String, labelHeader: String, dataLabel: String,
        dataTableID: String? = nil, format: (DecimalNumber) -> String
    ) -> String {
        let points = Array(allPoints.drop { $0.value == nil })
        let width = 640.0, height = 220.0, left = 56.0, right = 12.0, top = 12.0, bottom = 36.0
        let present = points.compactMap { $0.value?.doubleValue }
        guard !present.isEmpty else { return "" }
        var lo = present.min()!, hi = present.max()!
        if hi - lo < 1 { lo -= 1; hi += 1 }
        let span = hi - lo
        func x(_ i: Int) -> Double {
            points.count == 1 ? left + (width - left - right) / 2 : left + Double(i) * (width - left - right) / Double(points.count - 1)
        }
        func y(_ v: Double) -> Double { top + (hi - v) / span * (height - top - bottom) }
        var b = HTMLBuilder()
        b.open("figure", class: "chart-figure")
        open(&b, class: "chart line-chart", viewBox: "0 0 640 220", title: title)
        for tick in [lo, (lo + hi) / 2, hi] {
            shape(&b, "line", ["class": "grid", "x1": fmt(left), "x2": fmt(width - right), "y1": fmt(y(tick)), "y2": fmt(y(tick))])
            label(&b, fmt(tick), ["class": "axis", "x": fmt(left - 4), "y": fmt(y(tick) + 4), "text-anchor": "end"])
        }
        let path = polyline(points.map { $0.value?.doubleValue }) { i, v in (x(i), y(v)) }
        shape(&b, "path", ["class": "series", "d": path])
        let labelWidth = points.map { textWidth($0.label) }.max() ?? 0
        let labelled = labelledIndices(count: points.count, plotWidth: width - left - right, labelWidth: labelWidth)
        shape(&b, "path", ["class": "dots", "d": dots(points.map { $0.value?.doubleValue }) { i, v in (x(i), y(v)) }])
        for (i, p) in points.enumerated() {
            if labelled.contains(i) {
                let half = textWidth(p.label) / 2
                let labelX = min(max(x(i), half), width - half)
                label(&b, p.label, ["class": "axis", "x": fmt(labelX), "y": fmt(height - 10), "text-anchor": "middle"])
            }
        }
        b.close("svg")
        if let dataTableID {
            b.open("p", class: "chart-data")
            b.start("a")
            b.attribute("href", "#" + dataTableID)
            b.end()
            b.text(dataLabel)
            b.close("a")
            b.close("p")
        } else {
            dataTable(&b, points, caption: title, labelHeader: labelHeader, valueHeader: valueHeader, summary: dataLabel, format: format)
        }
        b.close("figure")
        return b.html
    }

    /// A horizontal bar chart with a text alternative and a data table.
    public static func bars(
        _ points: [Point], title: String, valueHeader: String, labelHeader: String, dataLabel: String,
        format: (DecimalNumber) -> String
    ) -> String {
        guard !points.isEmpty else { return "" }
        let rowHeight = 32.0, labelWidth = 170.0, width = 640.0
        let height = Double(points.count) * rowHeight + 8
        let maxValue = max(points.compactMap { $0.value?.doubleValue }.max() ?? 1, 0.0001)
        var b = HTMLBuilder()
        b.open("figure", class: "chart-figure")
        open(
            &b, class: "chart bar-chart", viewBox: "0 0 640 \(fmt(height))", title: title,
            role: points.contains { $0.href != nil } ? "group" : "img")
        for (i, p) in points.enumerated() {
            let yPos = 4 + Double(i) * rowHeight
            let valueText = p.value.map(format) ?? "—"
            if let href = p.href {
                b.start("a")
                b.attribute("href", href)
                b.end()
            } else {
                b.open("g")
            }
            b.element("title", text: "\(p.label): \(valueText)")
            label(
                &b, shortened(p.label, width: labelWidth - 10),
                ["class": "axis", "x": fmt(labelWidth - 6), "y": fmt(yPos + 21), "text-anchor": "end"])
            let v = max(0, p.value?.doubleValue ?? 0)
            let w = v / maxValue * (width - labelWidth - 90)
            shape(&b, "rect", ["class": "bar", "x": fmt(labelWidth), "y": fmt(yPos + 6), "width": fmt(w), "height": "20"])
            label(&b, valueText, ["class": "value", "x": fmt(labelWidth + w + 6), "y": fmt(yPos + 21)])
            b.close(p.href == nil ? "g" : "a")
        }
        b.close("svg")
        dataTable(&b, points, caption: title, labelHeader: labelHeader, valueHeader: valueHeader, summary: dataLabel, format: format)
        b.close("figure")
        return b.html
    }

    /// The chart's numbers as a table, folded under a summary line.
    static func dataTable(
        _ b: inout HTMLBuilder, _ points: [Point], caption: String, labelHeader: String, valueHeader: String, summary: String,
        format: (DecimalNumber) -> String
    ) {
        b.open("details", class: "chart-data")
        b.element("summary", text: summary)
        let table = HTMLTable(
            tableClass: "plain", wrapped: false,
            columns: [HTMLTable.Column(label: labelHeader, numeric: false), HTMLTable.Column(label: valueHeader, numeric: true)])
        table.render(into: &b, rows: points.count) { b in
            b.text(caption)
        } row: { i, b in
            HTMLTable.cell(&b, numeric: false) { b in b.text(points[i].label) }
            HTMLTable.cell(&b, numeric: true) { b in b.text(points[i].value.map(format) ?? "—") }
        }
        b.close("details")
    }
}
