import JixiaoCore

extension TemplateSet {
    /// Reports templates that include themselves, directly or through other partials (with
    /// the chain and each step's file:line), and pages whose sections nest deeper than
    /// ``maxNesting`` through their partials.
    static func checkInclusions(_ inclusions: [String: [TemplateInclusion]], localDepth: [String: Int], _ diagnostics: inout Diagnostics) {
        var totals: [String: Int] = [:]
        var path: [String] = []
        var edges: [TemplateInclusion] = []
        var cycles = Set<[String]>()
        func visit(_ name: String) -> Int {
            if let total = totals[name] { return total }
            path.append(name)
            var total = localDepth[name] ?? 0
            for inclusion in inclusions[name] ?? [] {
                if let start = path.firstIndex(of: inclusion.partial) {
                    let cycle = Array(path[start...]), steps = Array(edges[start...]) + [inclusion]
                    let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
                    let names = Array(cycle[first...] + cycle[..<first]), rotated = Array(steps[first...] + steps[..<first])
                    if cycles.insert(names).inserted { reportCycle(names, rotated, &diagnostics) }
                    continue
                }
                guard inclusions[inclusion.partial] != nil else { continue }
                edges.append(inclusion)
                total = max(total, inclusion.depth + visit(inclusion.partial))
                edges.removeLast()
            }
            path.removeLast()
            totals[name] = total
            return total
        }
        for name in inclusions.keys.sorted() { _ = visit(name) }
        for name in inclusions.keys.sorted() where (localDepth[name] ?? 0) <= maxNesting {
            // Report where the limit is first crossed: at the inclusion whose partial is itself within it.
            for inclusion in inclusions[name] ?? [] {
                guard let inner = totals[inclusion.partial], inner <= maxNesting, inclusion.depth + inner > maxNesting else { continue }
                diagnostics.error(
                    inclusion.location,
                    "sections are nested \(inclusion.depth + inner) deep through the partial \"\(inclusion.partial)\" (\(inclusion.depth) open here, \(inner) inside it); the limit is \(maxNesting)",
                    fix: "nest fewer sections; a page needs far fewer than \(maxNesting)")
            }
        }
    }

    /// One error for a cycle of partials, at its first inclusion: `header (…:3) → footer (…:7) → header`.
    private static func reportCycle(_ names: [String], _ steps: [TemplateInclusion], _ diagnostics: inout Diagnostics) {
        let chain = zip(names, steps).map { name, step in "\(name) (\(step.location))" }.joined(separator: " → ") + " → \(names[0])"
        let message =
            names.count == 1 ? "the template \(names[0]) includes itself: \(chain)" : "templates include each other in a circle: \(chain)"
        diagnostics.error(steps[0].location, message, fix: "remove one of these {{> …}} inclusions; a template cannot include itself")
    }
}
