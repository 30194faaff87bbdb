import JixiaoCore
import JixiaoMarkdown
/// The values of one person (or department) in one month while a policy version is
/// evaluated: base values are fetched on first use, locals computed on first use and cached.
///
/// A frame belongs to one thread; the engine makes one per worker and reuses it. Because no
/// two accesses can overlap, its fields opt out of the run-time exclusivity checks (on the
/// hottest path of the rules stage they cost about a seventh of its time).
final class EvaluationFrame: FormulaEnvironment {
    let context: EngineContext
    @exclusivity(unchecked) var version: CompiledVersion
    @exclusivity(unchecked) var values: [DecimalNumber]
    @exclusivity(unchecked) var state: [UInt8]  // 0 unknown, 1 value, 2 fault
    @exclusivity(unchecked) var faults: [FormulaFault?]
    @exclusivity(unchecked) var employee = 0
    @exclusivity(unchecked) var department = 0
    @exclusivity(unchecked) var month: Month
    @exclusivity(unchecked) var monthOffset = 0
    @exclusivity(unchecked) var status: EmployeeStatus = .regular
    @exclusivity(unchecked) var departmentChain: [Int] = []
    @exclusivity(unchecked) var headcount = 0
    @exclusivity(unchecked) var results = ResultValues()
    /// History of results of this person, by month offset.
    @exclusivity(unchecked) var resultHistory = ResultHistory(months: 0)
    @exclusivity(unchecked) var tenure = 0
    let isDepartment: Bool

    init(context: EngineContext, version: CompiledVersion, month: Month, isDepartment: Bool) {
        self.context = context
        self.version = version
        self.month = month
        self.isDepartment = isDepartment
        let size = version.sources.count
        values = Array(repeating: .zero, count: size)
        state = Array(repeating: 0, count: size)
        faults = Array(repeating: nil, count: size)
    }

    /// Whether the next ``use(_:)`` starts a new person-month (and so forgets every value).
    @exclusivity(unchecked) var isNewMonth = true

    /// Switches to another version for the same person and month. The first switch of a
    /// person-month forgets every value; later ones forget only what depends on the version
    /// or on the month's results so far (``CompiledVersion/versionSlots``): the person's
    /// measures, attributes and built-ins stay, as they are the same in every person version.
    func use(_ version: CompiledVersion) {
        self.version = version
        let size = version.sources.count
        if values.count < size {
            values = Array(repeating: .zero, count: size)
            faults = Array(repeating: nil, count: size)
            state = Array(repeating: 0, count: size)
        } else if isNewMonth {
            state.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<size { buffer[i] = 0 }
            }
        } else {
            state.withUnsafeMutableBufferPointer { buffer in
                for i in version.versionSlots { buffer[i] = 0 }
            }
        }
        isNewMonth = false
    }

    /// Forgets every cached value (new person or month).
    func reset() {
        for i in state.indices { state[i] = 0 }
    }

    var tenureMonths: Int { tenure }

    func value(slot: Int) -> DecimalNumber? {
        switch state[slot] {
        case 1: return values[slot]
        case 2: return nil
        default: break
        }
        let result = compute(slot)
        switch result {
        case .success(let v):
            values[slot] = v
            state[slot] = 1
            return v
        case .failure(let fault):
            faults[slot] = fault
            state[slot] = 2
            return nil
        }
    }

    /// The fault that made a slot fail, if any (root cause for messages).
    func fault(of slot: Int) -> FormulaFault? {
        state[slot] == 2 ? faults[slot] : nil
    }

    private func missing(_ slot: Int) -> Result<DecimalNumber, FormulaFault> {
        .failure(.missing(version.names[slot]))
    }

    private func compute(_ slot: Int) -> Result<DecimalNumber, FormulaFault> {
        switch version.sources[slot] {
        case .measure(let m):
            guard let v = context.measure(m, employee: employee, monthOffset: monthOffset) else { return missing(slot) }
            return .success(v)
        case .departmentMeasure(let m):
            guard let v = departmentMeasure(m, monthOffset: monthOffset) else { return missing(slot) }
            return .success(v)
        case .attribute(let a):
            var value = context.attributes[employee][a]
            if context.hasPayChanges[employee] {
                value = context.content.organisation.attribute(context.attributeNames[a], ofEmployee: employee, in: month, current: value)
            }
            if let value { return .success(value) }
            return missing(slot)
        case .builtin(let b):
            switch b {
            case .is_trial: return .success(status == .trial ? .one : .zero)
            case .is_regular: return .success(status == .regular ? .one : .zero)
            case .is_temporary: return .success(status == .temporary ? .one : .zero)
            case .working_days:
                if let days = context.workingDays[month] { return .success(DecimalNumber(days)) }
                return missing(slot)
            case .headcount: return .success(DecimalNumber(headcount))
            case .month_number: return .success(DecimalNumber(month.month))
            case .tenure_months: return .success(DecimalNumber(tenure))
            case .tenure_years: return .success(DecimalNumber(tenure / 12))
            }
        case .result(let r):
            if let v = results[r] { return .success(v) }
            return missing(slot)
        case .local(let i):
            if !version.vetoes.isEmpty, holds(version.vetoes[i]) == true { return .success(.zero) }
            return computeLocal(i)
        }
    }

    private func clamp(_ v: DecimalNumber, _ floor: DecimalNumber?, _ cap: DecimalNumber?) -> DecimalNumber {
        var v = v
        if let floor, v < floor { v = floor }
        if let cap, v > cap { v = cap }
        return v
    }

    /// Local `i` of the version, matched in place (copying the node would retain all it holds).
    private func computeLocal(_ i: Int) -> Result<DecimalNumber, FormulaFault> {
        switch version.locals[i] {
        case .formula(let formula, let floor, let cap, let round):
            guard let formula else { return .success(.zero) }
            switch formula.evaluate(self) {
            case .success(let v):
                let clamped = clamp(v, floor, cap)
                return .success(round ? clamped.roundedToCents : clamped)
            case .failure(let f): return .failure(f)
            }
        case .ratings(let parts, let factor, let floor, let cap):
            var sum = DecimalNumber.zero
            for part in parts {
                guard let v = value(slot: part.slot) else { return .failure(fault(of: part.slot) ?? .missing(version.names[part.slot])) }
                sum += v * part.weight
            }
            return .success(clamp(sum * factor, floor, cap))
        case .group(let children, let weighted, let floor, let cap):
            var sum = DecimalNumber.zero
            for child in children {
                guard let v = value(slot: child.slot) else { return .failure(fault(of: child.slot) ?? .missing(version.names[child.slot])) }
                sum += weighted ? v * (child.weight ?? .zero) : v
            }
            return .success(clamp(sum, floor, cap))
        }
    }

    /// A measure of the department (for a department frame) or of the person's team, else
    /// of its nearest parent that reports it, in the month at `offset`.
    private func departmentMeasure(_ m: Int, monthOffset offset: Int) -> DecimalNumber? {
        context.months.withUnsafeBufferPointer { months in
            if isDepartment { return months[offset].value(department: department, measure: m) }
            for d in departmentChain { if let v = months[offset].value(department: d, measure: m) { return v } }
            return nil
        }
    }

    func history(slot: Int, periodsBack: Int) -> DecimalNumber? {
        if periodsBack == 0 { return value(slot: slot) }
        let offset = monthOffset - periodsBack
        guard offset >= 0 else { return nil }
        switch version.sources[slot] {
        case .measure(let m):
            return context.measure(m, employee: employee, monthOffset: offset)
        case .departmentMeasure(let m):
            return departmentMeasure(m, monthOffset: offset)
        case .attribute:
            return value(slot: slot)
        case .result(let r):
            return resultHistory[r, offset]
        case .builtin, .local:
            return nil
        }
    }
}

/// Read-only data every frame needs, shared by all workers.
final class EngineContext: Sendable {
    let content: Content
    /// Month data by month offset from the first month (nil for a gap).
    let monthData: [MonthData?]
    /// The same without optionals (an empty month for a gap, which holds no values just as
    /// a gap), so that a look-up reads the month in place instead of copying it out of an
    /// optional (a copy retains every array it holds).
    let months: [MonthData]
    /// Numeric attributes by employee, in `RuleCompiler.attributes` order (today's values).
    let attributes: [[DecimalNumber?]]
    /// The attribute names, in the same order.
    let attributeNames: [String]
    /// Whether the employee has dated attribute changes (then a month's value is looked up).
    let hasPayChanges: [Bool]
    let workingDays: [Month: Int]
    let firstMonth: Month

    init(content: Content, attributes names: [String]) {
        self.content = content
        let first = content.months.first?.month ?? Month(index: 0)
        firstMonth = first
        let count = (content.months.last.map { first.distance(to: $0.month) + 1 }) ?? 0
        var data: [MonthData?] = Array(repeating: nil, count: count)
        for m in content.months { data[first.distance(to: m.month)] = m }
        monthData = data
        months = data.enumerated().map { offset, month in
            month ?? MonthData(month: first.advanced(by: offset), personFiles: [], departmentFiles: [], measureCount: 0)
        }
        attributes = content.organisation.employees.map { e in
            names.map { $0 == "base_salary" ? e.baseSalary : e.attributes[$0] }
        }
        attributeNames = names
        hasPayChanges = content.organisation.employees.indices.map { content.organisation.hasPayChanges(employee: $0) }
        workingDays = content.settings.workingDays
    }

    /// A person's measure in the month at `offset`, read in place (``months``).
    @inline(__always)
    func measure(_ m: Int, employee: Int, monthOffset offset: Int) -> DecimalNumber? {
        months.withUnsafeBufferPointer { $0[offset].value(employee: employee, measure: m) }
    }

    /// Whether the person has a data row in the month at `offset`, read in place (``months``).
    func hasData(employee: Int, monthOffset offset: Int) -> Bool {
        months.withUnsafeBufferPointer { $0[offset].hasData(employee: employee) }
    }
}
