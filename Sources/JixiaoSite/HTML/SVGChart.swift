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
        /// Creates a point.
        public init(_ label: String, _ value: DecimalNumber?) {
            self.label = label
            self.value = value
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

    /// The start of a chart's `<svg>` with its title.
    private static func open(_ b: inout HTMLBuilder, class cls: String, viewBox: String, title: String) {
        b.start("svg")
        b.attribute("class", cls)
        b.attribute("viewBox", viewBox)
        b.attribute("role", "img")
        b.attribute("aria-label", title)
        b.end()
        b.element("title", text: title)
    }

    /// A small line without axes, for headline figures.
    public static func sparkline(_ values: [DecimalNumber?], label: String) -> String {
        let width = 96.0, height = 24.0
        let present = values.compactMap { $0?.doubleValue }
        guard present.count >= 2, let lo = present.min(), let hi = present.max() else { return "" }
        let span = hi - lo == 0 ? 1 : hi - lo
        var path = ""
        var pen = false
        for (i, v) in values.enumerated() {
            guard let v = v?.doubleValue else { pen = false; continue }
            let x = values.count == 1 ? 0 : Double(i) * width / Double(values.count - 1)
            let y = height - 2 - (v - lo) / span * (height - 4)
            path += (pen ? " L" : "M") + fmt(x) + " " + fmt(y)
            pen = true
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

    /// A line chart with its value labels, a text alternative and a data table.
    public static func line(
        _ points: [Point], title: String, valueHeader: String, labelHeader: String, dataLabel: String,
        format: (DecimalNumber) -> String
    ) -> String {
        let width = 640.0, height = 220.0, left = 40.0, right = 12.0, top = 12.0, bottom = 36.0
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
        var path = ""
        var pen = false
        for (i, p) in points.enumerated() {
            guard let v = p.value?.doubleValue else { pen = false; continue }
            path += (pen ? " L" : "M") + fmt(x(i)) + " " + fmt(y(v))
            pen = true
        }
        shape(&b, "path", ["class": "series", "d": path])
        let step = max(1, (points.count + 5) / 6)
        for (i, p) in points.enumerated() {
            if let v = p.value?.doubleValue {
                shape(&b, "circle", ["class": "dot", "cx": fmt(x(i)), "cy": fmt(y(v)), "r": "3"])
            }
            if i % step == 0 || i == points.count - 1 {
                label(&b, p.label, ["class": "axis", "x": fmt(x(i)), "y": fmt(height - 14), "text-anchor": "middle"])
            }
        }
        b.close("svg")
        dataTable(&b, points, caption: title, labelHeader: labelHeader, valueHeader: valueHeader, summary: dataLabel, format: format)
        b.close("figure")
        return b.html
    }

    /// A horizontal bar chart with a text alternative and a data table.
    public static func bars(
        _ points: [Point], title: String, valueHeader: String, labelHeader: String, dataLabel: String,
        format: (DecimalNumber) -> String
    ) -> String {
        guard !points.isEmpty else { return "" }
        let rowHeight = 26.0, labelWidth = 150.0, width = 640.0
        let height = Double(points.count) * rowHeight + 8
        let maxValue = max(points.compactMap { $0.value?.doubleValue }.max() ?? 1, 0.0001)
        var b = HTMLBuilder()
        b.open("figure", class: "chart-figure")
        open(&b, class: "chart bar-chart", viewBox: "0 0 640 \(fmt(height))", title: title)
        for (i, p) in points.enumerated() {
            let yPos = 4 + Double(i) * rowHeight
            label(&b, String(p.label.prefix(14)), ["class": "axis", "x": fmt(labelWidth - 6), "y": fmt(yPos + 17), "text-anchor": "end"])
            let v = max(0, p.value?.doubleValue ?? 0)
            let w = v / maxValue * (width - labelWidth - 70)
            shape(&b, "rect", ["class": "bar", "x": fmt(labelWidth), "y": fmt(yPos + 4), "width": fmt(w), "height": "16"])
            label(&b, p.value.map(format) ?? "—", ["class": "value", "x": fmt(labelWidth + w + 6), "y": fmt(yPos + 17)])
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
