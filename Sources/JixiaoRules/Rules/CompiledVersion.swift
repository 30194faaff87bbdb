import JixiaoCore
import JixiaoMarkdown
/// One version of one policy's rules, compiled against the content's symbols: ready to be
/// evaluated for any person (or department) and month.
///
/// A class, so that the hot loops share it by reference instead of copying its arrays;
/// immutable (every field is a `let`, set completely at construction), hence `Sendable`.
public final class CompiledVersion: Sendable {
    /// Index of the policy in `Content.policies`.
    public let policyIndex: Int
    /// First month this version applies.
    public let effective: Month
    /// Month from which the next version takes over (`nil`: open-ended).
    public let until: Month?
    /// What changed against the previous version (display).
    public let changes: String?
    /// The English of `changes` (`changes_en`), shown on English sites; `nil` = `changes`.
    public let changesEN: String?
    /// The declared rules.
    public let rules: RuleSet
    /// Slot sources: the shared base slots followed by this version's locals.
    let sources: [SlotSource]
    /// Slot names (for messages).
    let names: [String]
    /// The slots whose value depends on the version or on the month's results so far
    /// (locals, results, `headcount`): forgotten when a person-month switches versions.
    let versionSlots: [Int]
    /// The locals (variables, items, pay items).
    let locals: [LocalNode]
    /// Veto (`zero_when`) of each local, by local index; empty when the version has none.
    let vetoes: [CompiledFormula?]
    /// Slot of each scorecard item (flattened, by id).
    let itemSlots: [String: Int]
    /// Slots of the top-level scorecard items, in order.
    let topItemSlots: [Int]
    /// The weight paired with each of `topItemSlots` (read per person-month without copying items).
    let topItemWeights: [DecimalNumber?]
    /// Every scorecard item with a slot, in report order (parents before their sub-items; an
    /// item without a slot is left out with its sub-items): resolved once, not per person-month.
    let itemOrder: [(id: String, slot: Int, depth: Int)]
    /// Eligibility conditions, in order.
    let eligibility: [CompiledFormula?]
    /// Streak conditions (`nil` when the streak is by grade).
    let streakConditions: [CompiledFormula?]
    /// Alert conditions.
    let alertConditions: [CompiledFormula?]
    /// Requirement conditions of each ladder level.
    let ladderRequirements: [[CompiledFormula?]]
    /// Starting level formula of the ladder.
    let ladderStart: CompiledFormula?
    /// The measurable side of each ladder requirement (`nil`: not a comparison with a
    /// constant), level by level as `ladderRequirements`.
    let ladderMeasures: [[RequirementMeasure?]]
    /// Slot of each pay item, in order.
    let paySlots: [Int]
    /// Coefficient formula of the scorecard.
    let coefficient: CompiledFormula?
    /// Measure slots with a declared plausible range: (slot, range).
    let rangeSlots: [(Int, MeasureRange)]
    /// Grade caps of the scorecard (`max_grade_when`): the best band index allowed and its condition.
    let gradeCaps: [(band: Int, when: CompiledFormula?)]
    /// Conditions (`when`) of the calendar's stages, in order (`nil`: every person).
    let stageConditions: [CompiledFormula?]
    /// Part formulas of each composition, in order.
    let compositionParts: [[CompiledFormula?]]

    init(
        policyIndex: Int, effective: Month, until: Month?, changes: String?, rules: RuleSet, sources: [SlotSource], names: [String],
        locals: [LocalNode], vetoes: [CompiledFormula?], itemSlots: [String: Int], topItemSlots: [Int], eligibility: [CompiledFormula?],
        streakConditions: [CompiledFormula?], alertConditions: [CompiledFormula?], ladderRequirements: [[CompiledFormula?]],
        ladderStart: CompiledFormula?, paySlots: [Int], coefficient: CompiledFormula?,
        gradeCaps: [(band: Int, when: CompiledFormula?)], rangeSlots: [(Int, MeasureRange)],
        ladderMeasures: [[RequirementMeasure?]] = [], stageConditions: [CompiledFormula?] = [],
        compositionParts: [[CompiledFormula?]] = [], changesEN: String? = nil
    ) {
        self.changesEN = changesEN
        self.stageConditions = stageConditions
        self.compositionParts = compositionParts
        self.ladderMeasures = ladderMeasures
        self.policyIndex = policyIndex
        self.effective = effective
        self.until = until
        self.changes = changes
        self.rules = rules
        self.sources = sources
        self.names = names
        self.versionSlots = sources.indices.filter {
            switch sources[$0] {
            case .local, .result, .builtin(.headcount): true
            case .measure, .departmentMeasure, .attribute, .builtin: false
            }
        }
        self.locals = locals
        self.vetoes = vetoes
        self.itemSlots = itemSlots
        self.topItemSlots = topItemSlots
        self.topItemWeights = zip(rules.scorecard?.items ?? [], topItemSlots).map { item, _ in item.weight }
        self.itemOrder = Self.itemOrder(rules.scorecard?.items ?? [], itemSlots: itemSlots, depth: 0)
        self.eligibility = eligibility
        self.streakConditions = streakConditions
        self.alertConditions = alertConditions
        self.ladderRequirements = ladderRequirements
        self.ladderStart = ladderStart
        self.paySlots = paySlots
        self.coefficient = coefficient
        self.rangeSlots = rangeSlots
        self.gradeCaps = gradeCaps
    }

    /// The items with a slot, depth first (parents before their sub-items).
    private static func itemOrder(_ items: [ScorecardItem], itemSlots: [String: Int], depth: Int) -> [(id: String, slot: Int, depth: Int)] {
        var order: [(id: String, slot: Int, depth: Int)] = []
        for item in items {
            guard let slot = itemSlots[item.id] else { continue }
            order.append((item.id, slot, depth))
            order += itemOrder(item.items, itemSlots: itemSlots, depth: depth + 1)
        }
        return order
    }

    /// Whether the version applies in `month`.
    public func isInForce(_ month: Month) -> Bool {
        month >= effective && (until.map { month < $0 } ?? true)
    }
}

/// A computed name of a policy: a variable, a scorecard item or a pay item.
enum LocalNode: Sendable {
    /// A formula, clamped to `floor`/`cap`; `round` rounds money to cents.
    case formula(CompiledFormula?, floor: DecimalNumber?, cap: DecimalNumber?, round: Bool)
    /// Ratings (0–100) combined by weights, times `factor` (points ÷ 100 on a points scorecard).
    case ratings([(slot: Int, weight: DecimalNumber)], factor: DecimalNumber, floor: DecimalNumber?, cap: DecimalNumber?)
    /// A group of items: the sum of points, or the weighted sum of 0–100 scores.
    case group([(slot: Int, weight: DecimalNumber?)], weighted: Bool, floor: DecimalNumber?, cap: DecimalNumber?)
}
