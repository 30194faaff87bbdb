import JixiaoCore
import JixiaoMarkdown
/// Reads the `rules` front-matter value of a policy into `PolicyRules`, reporting every
/// problem at its own line and column.
public struct RuleParser {
    /// Keys allowed at the top of `rules` (and in each version).
    static let ruleKeys = [
        "applies_to", "tables", "variables", "scorecard", "grade_scales", "eligibility", "streaks",
        "alerts", "ranges", "ladder", "pay", "calendar", "compositions",
    ]

    /// Grade scales declared by any policy, by name (filled by `parseScales`).
    public var scales: [String: [GradeBand]] = [:]
    private var scaleLocations: [String: SourceLocation] = [:]

    /// Creates a parser.
    public init() {}

    /// First pass: collects the `grade_scales` of every policy (scorecards may name them).
    public mutating func parseScales(_ policies: [Policy], _ diagnostics: inout Diagnostics) {
        for policy in policies {
            guard let rules = policy.rules, let declared = rules["grade_scales"] else { continue }
            guard let pairs = declared.pairs else {
                diagnostics.error(
                    declared.location, "grade_scales must be a mapping of scale names to lists of bands",
                    fix: "write  standard:  followed by a list of bands")
                continue
            }
            for pair in pairs {
                if let previous = scaleLocations[pair.key] {
                    diagnostics.error(
                        pair.keyLocation, "grade scale \"\(pair.key)\" is already declared at \(previous)", fix: "rename one of them")
                    continue
                }
                if let bands = parseBands(pair.value, &diagnostics) {
                    scales[pair.key] = bands
                    scaleLocations[pair.key] = pair.keyLocation
                }
            }
        }
    }

    /// Parses one policy's rules (all versions).
    public func parse(_ policy: Policy, _ diagnostics: inout Diagnostics) -> PolicyRules {
        guard let rules = policy.rules, !rules.isNull else { return PolicyRules(policy: policy, versions: []) }
        var allowed = Self.ruleKeys
        allowed.append("versions")
        guard rules.mapping("rules", allowed: allowed, &diagnostics) != nil else { return PolicyRules(policy: policy, versions: []) }
        var base = rules
        if case .mapping(let pairs) = rules.kind {
            base = YAMLValue(.mapping(pairs.filter { $0.key != "versions" }), at: rules.location)
        }
        var versions: [PolicyRules.Version] = [
            PolicyRules.Version(effective: policy.effective, changes: nil, rules: parseRuleSet(base, &diagnostics))
        ]
        if let list = rules["versions"] {
            guard let items = list.items else {
                diagnostics.error(
                    list.location, "versions must be a list",
                    fix: "write each version as  - effective: 2026-07  followed by the rules it changes")
                return PolicyRules(policy: policy, versions: versions)
            }
            var current = base
            for item in items {
                guard let map = item.mapping("a version", allowed: Self.ruleKeys + ["effective", "changes", "changes_en"], &diagnostics)
                else { continue }
                guard let effectiveValue = map["effective"] else {
                    diagnostics.error(item.location, "a version needs an effective month", fix: "add  effective: 2026-07")
                    continue
                }
                guard let effective = effectiveValue.month("effective", &diagnostics) else { continue }
                if let last = versions.last, effective <= last.effective {
                    diagnostics.error(
                        effectiveValue.location, "version effective \(effective) is not after the previous version (\(last.effective))",
                        fix: "list versions in month order, each later than the one before")
                    continue
                }
                if case .mapping(let pairs) = item.kind {
                    let override = YAMLValue(
                        .mapping(pairs.filter { !["effective", "changes", "changes_en"].contains($0.key) }), at: item.location)
                    current = current.merged(with: override)
                }
                let changes = map["changes"].flatMap { $0.string("changes", &diagnostics) }
                var version = PolicyRules.Version(effective: effective, changes: changes, rules: parseRuleSet(current, &diagnostics))
                version.changesEN = english(map, "changes", &diagnostics)
                versions.append(version)
            }
        }
        return PolicyRules(policy: policy, versions: versions)
    }

    /// Parses one rule set. Its keys were checked by the caller (the policy's `rules:` or the
    /// version), so an unknown key is reported once, not again here.
    func parseRuleSet(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> RuleSet {
        var set = RuleSet()
        guard let pairs = value.pairs else { return set }
        let map = Dictionary(pairs.map { ($0.key, $0.value) }) { _, last in last }
        if let v = map["applies_to"] { set.scope = parseScope(v, &diagnostics) }
        if let v = map["tables"] { parseTables(v, into: &set, &diagnostics) }
        if let v = map["variables"] { set.variables = parseVariables(v, &diagnostics) }
        if let v = map["scorecard"] { set.scorecard = parseScorecard(v, &diagnostics) }
        if let v = map["eligibility"] { set.eligibility = parseEligibility(v, &diagnostics) }
        if let v = map["streaks"] {
            set.streaks = parseStreaks(v, &diagnostics)
            checkStreakGrades(v, scorecard: set.scorecard, &diagnostics)
        }
        if let v = map["alerts"] { set.alerts = parseAlerts(v, &diagnostics) }
        if let v = map["ranges"] { set.ranges = parseRanges(v, &diagnostics) }
        if let v = map["ladder"] { set.ladder = parseLadder(v, &diagnostics) }
        if let v = map["pay"] { set.pay = parsePay(v, &diagnostics) }
        if let v = map["calendar"] { set.calendar = parseCalendar(v, &diagnostics) }
        if let v = map["compositions"] { set.compositions = parseCompositions(v, &diagnostics) }
        return set
    }

    /// The entries of a list (none for an empty value); reports a value that is not a list.
    func list(_ value: YAMLValue, _ what: String, _ diagnostics: inout Diagnostics) -> [YAMLValue] {
        if value.isNull { return [] }
        guard let items = value.items else {
            diagnostics.error(value.location, "\(what) must be a list", fix: "start each entry with  - ")
            return []
        }
        return items
    }

    /// Whether `id` (the `id` of entry `map`) is a valid name not in `seen` (then added);
    /// reports it otherwise, e.g. "pay item id "x" is used twice".
    func isNewID(
        _ id: String, of map: [String: YAMLValue], what: String, within: String, seen: inout Set<String>,
        _ diagnostics: inout Diagnostics
    ) -> Bool {
        let location = map["id"]?.location ?? SourceLocation(file: "")
        guard ContentLoader.isValidMeasureName(id) else {
            diagnostics.error(location, "\(what) id \"\(id)\" is not a valid name", fix: "use lower-case ASCII letters, digits and _")
            return false
        }
        guard seen.insert(id).inserted else {
            diagnostics.error(location, "\(what) id \"\(id)\" is used twice\(within)", fix: "give each \(what) its own id")
            return false
        }
        return true
    }

    /// The value of a required key of an entry; reports it missing otherwise.
    func required(_ map: [String: YAMLValue], _ key: String, _ owner: YAMLValue, _ diagnostics: inout Diagnostics) -> YAMLValue? {
        if let v = map[key] { return v }
        diagnostics.error(owner.location, "\(key) is missing", fix: "add  \(key): …")
        return nil
    }

    func parseScope(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> Scope {
        var scope = Scope()
        guard let m = value.mapping("applies_to", allowed: ["departments", "roles", "status", "exclude_roles"], &diagnostics) else {
            return scope
        }
        scope.departments = m["departments"].flatMap { $0.stringList("departments", &diagnostics) } ?? []
        scope.roles = m["roles"].flatMap { $0.stringList("roles", &diagnostics) } ?? []
        scope.excludeRoles = m["exclude_roles"].flatMap { $0.stringList("exclude_roles", &diagnostics) } ?? []
        if let s = m["status"], let list = s.stringList("status", &diagnostics) {
            for text in list {
                if let status = EmployeeStatus(parsing: text) {
                    scope.statuses.append(status)
                } else {
                    diagnostics.error(s.location, "unknown status \"\(text)\"", fix: "use trial, regular or temporary")
                }
            }
        }
        return scope
    }

    func parseTable(_ value: YAMLValue, name: String, _ diagnostics: inout Diagnostics) -> RateTable? {
        guard let m = value.mapping("table \(name)", allowed: ["minimum", "brackets", "note"], &diagnostics) else { return nil }
        guard let bracketsValue = m["brackets"] else {
            diagnostics.error(
                value.location, "table \(name) has no brackets", fix: "add  brackets:  with entries like  - {from: 0, rate: 1%}")
            return nil
        }
        var brackets: [RateBracket] = []
        var places: [SourceLocation] = []
        for item in list(bracketsValue, "brackets", &diagnostics) {
            guard let b = item.mapping("a bracket", allowed: ["from", "over", "rate", "fixed", "base", "value"], &diagnostics) else {
                continue
            }
            let lowerValue = b["from"] ?? b["over"]
            guard let lowerValue, let lower = lowerValue.number(b["from"] != nil ? "from" : "over", &diagnostics) else {
                if b["from"] == nil && b["over"] == nil {
                    diagnostics.error(
                        item.location, "a bracket needs from (at least) or over (more than)", fix: "write  from: 10000  or  over: 20000")
                }
                continue
            }
            if b["from"] != nil && b["over"] != nil {
                diagnostics.error(
                    item.location, "a bracket has both from and over", fix: "keep one: from means at least, over means more than")
            }
            places.append(item.location)
            brackets.append(
                RateBracket(
                    lower: lower, inclusive: b["from"] != nil,
                    rate: b["rate"].flatMap { $0.number("rate", &diagnostics) } ?? .zero,
                    fixed: b["fixed"].flatMap { $0.number("fixed", &diagnostics) } ?? .zero,
                    base: b["base"].flatMap { $0.number("base", &diagnostics) },
                    value: b["value"].flatMap { $0.number("value", &diagnostics) }))
        }
        let table = RateTable(minimum: m["minimum"].flatMap { $0.number("minimum", &diagnostics) }, brackets: brackets)
        for problem in table.locatedProblems() {
            diagnostics.error(
                problem.bracket.map { places[$0] } ?? bracketsValue.location, "table \(name): \(problem.text)",
                fix: "list brackets from the lowest bound up, with rates of 0 or more")
        }
        return table
    }

    func parseBands(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> [GradeBand]? {
        var bands: [GradeBand] = []
        var places: [SourceLocation] = []
        var firstLines: [String: Int] = [:]
        for item in list(value, "grades", &diagnostics) {
            guard let m = item.mapping("a grade band", allowed: ["id", "name", "name_en", "min", "coefficient"], &diagnostics) else {
                continue
            }
            guard let id = required(m, "id", item, &diagnostics)?.string("id", &diagnostics),
                let name = required(m, "name", item, &diagnostics)?.string("name", &diagnostics),
                let min = required(m, "min", item, &diagnostics)?.number("min", &diagnostics)
            else { continue }
            let coefficient = m["coefficient"].flatMap { $0.number("coefficient", &diagnostics) } ?? .one
            if let first = firstLines[id] {
                diagnostics.error(
                    m["id"]?.location ?? item.location, "two grade bands have the id \(id.quotedForMessage()) (first on line \(first))",
                    fix: "give each band its own id")
                continue
            }
            firstLines[id] = item.location.line ?? 0
            places.append(item.location)
            bands.append(
                GradeBand(
                    id: id, name: name, nameEN: m["name_en"].flatMap { $0.string("name_en", &diagnostics) },
                    min: min, coefficient: coefficient))
        }
        for (i, (a, b)) in zip(bands, bands.dropFirst()).enumerated() where b.min >= a.min {
            diagnostics.error(
                places[i + 1], "grade bands must go from the best down: \(b.name) (min \(b.min)) is not below \(a.name) (min \(a.min))",
                fix: "list the bands best first with falling minimum scores")
            return nil
        }
        return bands.isEmpty ? nil : bands
    }

    func parseItems(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> [ScorecardItem] {
        var items: [ScorecardItem] = []
        var seen: Set<String> = []
        let keys = [
            "id", "name", "name_en", "points", "weight", "formula", "ratings", "floor", "cap", "better", "measure",
            "target", "source", "dimension", "frequency", "items", "zero_when", "measure_en", "target_en", "source_en", "dimension_en",
        ]
        for entry in list(value, "items", &diagnostics) {
            guard let m = entry.mapping("a scorecard item", allowed: keys, &diagnostics) else { continue }
            guard let id = required(m, "id", entry, &diagnostics)?.string("id", &diagnostics),
                let name = required(m, "name", entry, &diagnostics)?.string("name", &diagnostics)
            else { continue }
            guard isNewID(id, of: m, what: "item", within: " in this scorecard", seen: &seen, &diagnostics) else { continue }
            var item = ScorecardItem(id: id, name: name, location: entry.location)
            item.nameEN = m["name_en"].flatMap { $0.string("name_en", &diagnostics) }
            item.points = m["points"].flatMap { $0.number("points", &diagnostics) }
            item.weight = m["weight"].flatMap { $0.number("weight", &diagnostics) }
            item.formula = m["formula"].flatMap { $0.formula("formula", &diagnostics) }
            item.floor = m["floor"].flatMap { $0.number("floor", &diagnostics) }
            item.cap = m["cap"].flatMap { $0.number("cap", &diagnostics) }
            item.zeroWhen = m["zero_when"].flatMap { $0.formula("zero_when", &diagnostics) }
            if let b = m["better"], let text = b.string("better", &diagnostics) {
                if text == "lower" {
                    item.lowerIsBetter = true
                } else if text != "higher" {
                    diagnostics.error(
                        b.location, "better must be higher or lower", fix: "write better: lower for indicators such as complaints")
                }
            }
            item.measure = m["measure"].flatMap { $0.string("measure", &diagnostics) }
            item.target = m["target"].flatMap { $0.string("target", &diagnostics) }
            item.source = m["source"].flatMap { $0.string("source", &diagnostics) }
            item.dimension = m["dimension"].flatMap { $0.string("dimension", &diagnostics) }
            item.frequency = m["frequency"].flatMap { $0.string("frequency", &diagnostics) }
            for key in ["measure", "target", "source", "dimension"] { item.english[key] = english(m, key, &diagnostics) }
            if let r = m["ratings"] { item.ratings = parseRatings(r, of: id, &diagnostics) }
            if let sub = m["items"] { item.items = parseItems(sub, &diagnostics) }
            let sources = (item.formula != nil ? 1 : 0) + (item.ratings.isEmpty ? 0 : 1) + (item.items.isEmpty ? 0 : 1)
            if sources != 1 {
                diagnostics.error(
                    entry.location,
                    sources == 0
                        ? "item \(id) has no formula, ratings or sub-items"
                        : "item \(id) has more than one of formula, ratings and items",
                    fix: "give the item exactly one of  formula:,  ratings:  or  items:")
                continue
            }
            items.append(item)
        }
        return items
    }

    /// An item's `ratings:` (rating measure → weight), whose weights must add up to 100 %.
    func parseRatings(
        _ r: YAMLValue, of id: String, _ diagnostics: inout Diagnostics
    ) -> [(measure: String, weight: DecimalNumber, location: SourceLocation)] {
        guard let pairs = r.pairs else {
            diagnostics.error(r.location, "ratings must map rating measures to weights", fix: "write  self_rating: 20%")
            return []
        }
        var ratings: [(measure: String, weight: DecimalNumber, location: SourceLocation)] = []
        for pair in pairs {
            if let w = pair.value.number("the weight of \(pair.key)", &diagnostics) {
                ratings.append((pair.key.lowercased(), w, pair.keyLocation))
            }
        }
        let sum = ratings.reduce(DecimalNumber.zero) { $0 + $1.weight }
        if sum != .one {
            diagnostics.error(
                r.location, "the rating weights of \(id) add up to \(percent(sum)), not 100%",
                fix: "make the weights add up to 100%, e.g. self_rating: 20%, manager_rating: 50%, second_rating: 30%")
        }
        return ratings
    }

    func percent(_ value: DecimalNumber) -> String {
        (value * DecimalNumber.hundred).plainText + "%"
    }

    func parseScorecard(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> Scorecard? {
        let keys = [
            "name", "name_en", "subject", "scoring", "total", "items", "grades", "coefficient", "distribution", "rollup", "max_grade_when",
        ]
        guard let m = value.mapping("scorecard", allowed: keys, &diagnostics) else { return nil }
        var card = Scorecard(name: m["name"].flatMap { $0.string("name", &diagnostics) } ?? "", location: value.location)
        card.nameEN = english(m, "name", &diagnostics)
        if let s = m["subject"], let text = s.string("subject", &diagnostics) {
            if let subject = Scorecard.Subject(rawValue: text) {
                card.subject = subject
            } else {
                diagnostics.error(
                    s.location, "subject must be person or department", fix: "write subject: department for a department KPI sheet")
            }
        }
        if let s = m["scoring"], let text = s.string("scoring", &diagnostics) {
            if let scoring = Scorecard.Scoring(rawValue: text) {
                card.scoring = scoring
            } else {
                diagnostics.error(s.location, "scoring must be points or weighted", fix: "write scoring: weighted when items carry weights")
            }
        }
        if let t = m["total"], let total = t.number("total", &diagnostics) { card.total = total }
        guard let itemsValue = m["items"] else {
            diagnostics.error(value.location, "the scorecard has no items", fix: "add  items:  with at least one item")
            return nil
        }
        card.items = parseItems(itemsValue, &diagnostics)
        checkSums(card.items, scoring: card.scoring, total: card.total, at: itemsValue.location, &diagnostics)
        if let g = m["grades"] {
            if let name = g.scalarText {
                if let bands = scales[name] {
                    card.grades = bands
                } else {
                    diagnostics.error(
                        g.location, "unknown grade scale \"\(name)\"",
                        fix: Suggest.closest(to: name, in: scales.keys.sorted()).map { "did you mean \($0)?" }
                            ?? "declare it under grade_scales in a policy, or list the bands here")
                }
            } else if let bands = parseBands(g, &diagnostics) {
                card.grades = bands
            }
        }
        card.coefficient = m["coefficient"].flatMap { $0.formula("coefficient", &diagnostics) }
        if let caps = m["max_grade_when"] { card.gradeCaps = parseGradeCaps(caps, grades: card.grades, &diagnostics) }
        if let d = m["distribution"] { card.distribution = parseDistribution(d, grades: card.grades, &diagnostics) }
        if let r = m["rollup"], let rm = r.mapping("rollup", allowed: ["method", "max_missing_months"], &diagnostics) {
            if let method = rm["method"], let text = method.string("method", &diagnostics) {
                if let parsed = Scorecard.Rollup.Method(rawValue: text) {
                    card.rollup.method = parsed
                } else {
                    diagnostics.error(method.location, "rollup method must be average, sum or last", fix: "write method: average")
                }
            }
            if let n = rm["max_missing_months"].flatMap({ $0.integer("max_missing_months", &diagnostics) }) {
                card.rollup.maxMissingMonths = n
            }
        }
        return card
    }

    /// Points must add up to the total; weights to 100% (at every level of groups).
    func checkSums(
        _ items: [ScorecardItem], scoring: Scorecard.Scoring, total: DecimalNumber, at location: SourceLocation,
        _ diagnostics: inout Diagnostics
    ) {
        switch scoring {
        case .points:
            let missing = items.filter { $0.points == nil }
            for item in missing {
                diagnostics.error(
                    item.location, "item \(item.id) has no points", fix: "add  points: …  (the points must add up to the total, \(total))")
            }
            if missing.isEmpty {
                let sum = items.reduce(DecimalNumber.zero) { $0 + ($1.points ?? .zero) }
                if sum != total {
                    diagnostics.error(
                        location, "the items' points add up to \(sum), not the total \(total)",
                        fix: "change the points so they add up to \(total), or set  total: \(sum)")
                }
            }
            for item in items where !item.items.isEmpty {
                checkSums(item.items, scoring: .points, total: item.points ?? .zero, at: item.location, &diagnostics)
            }
        case .weighted:
            let missing = items.filter { $0.weight == nil }
            for item in missing {
                diagnostics.error(item.location, "item \(item.id) has no weight", fix: "add  weight: 10%  (weights must add up to 100%)")
            }
            if missing.isEmpty {
                let sum = items.reduce(DecimalNumber.zero) { $0 + ($1.weight ?? .zero) }
                if sum != .one {
                    diagnostics.error(
                        location, "the items' weights add up to \(percent(sum)), not 100%",
                        fix: "change the weights so they add up to 100%")
                }
            }
            for item in items where !item.items.isEmpty {
                checkSums(item.items, scoring: .weighted, total: 100, at: item.location, &diagnostics)
            }
        }
    }

    func parseLadder(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> Ladder? {
        guard let m = value.mapping("ladder", allowed: ["name", "name_en", "levels", "start"], &diagnostics) else { return nil }
        var levels: [Ladder.Level] = []
        for entry in list(m["levels"] ?? YAMLValue(.null, at: value.location), "levels", &diagnostics) {
            guard let lm = entry.mapping("a ladder level", allowed: ["id", "name", "name_en", "requires"], &diagnostics) else { continue }
            guard let id = required(lm, "id", entry, &diagnostics)?.string("id", &diagnostics),
                let name = required(lm, "name", entry, &diagnostics)?.string("name", &diagnostics)
            else { continue }
            var requirements: [Ladder.Requirement] = []
            for r in list(lm["requires"] ?? YAMLValue(.null, at: entry.location), "requires", &diagnostics) {
                guard let rm = r.mapping("a requirement", allowed: ["name", "name_en", "when", "approval"], &diagnostics) else { continue }
                guard let rname = required(rm, "name", r, &diagnostics)?.string("name", &diagnostics),
                    let when = required(rm, "when", r, &diagnostics)?.formula("when", &diagnostics)
                else { continue }
                requirements.append(
                    Ladder.Requirement(
                        name: rname, nameEN: english(rm, "name", &diagnostics), when: when,
                        approval: rm["approval"].flatMap { $0.bool("approval", &diagnostics) } ?? false))
            }
            if !levels.isEmpty && requirements.isEmpty {
                diagnostics.error(entry.location, "level \(id) has no requirements", fix: "add  requires:  with what it takes to reach it")
            }
            levels.append(
                Ladder.Level(
                    id: id, name: name, nameEN: lm["name_en"].flatMap { $0.string("name_en", &diagnostics) },
                    requirements: requirements))
        }
        if levels.count < 2 {
            diagnostics.error(value.location, "a ladder needs at least two levels", fix: "list the levels lowest first, e.g. 试用, 铁牌, 铜牌")
            return nil
        }
        return Ladder(
            name: m["name"].flatMap { $0.string("name", &diagnostics) } ?? "", nameEN: english(m, "name", &diagnostics), levels: levels,
            start: m["start"].flatMap { $0.formula("start", &diagnostics) })
    }
}
