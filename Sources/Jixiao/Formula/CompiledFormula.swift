/// A formula bound to one company's names and rate tables, ready to be evaluated for many
/// people and periods. Create it with `Formula.compile(resolver:)`.
///
/// Internally a flat array of stack-machine instructions; evaluation allocates nothing on
/// the heap unless a fault is reported.
public struct CompiledFormula: Sendable {
    /// The formula this was compiled from (`nil` only for internal constant folding).
    let sourceFormula: Formula?
    let code: [FormulaInstruction]
    let sites: [SourceLocation]
    let names: [String]
    let tables: [RateTable]
    let stackSize: Int
    let handlerCount: Int

    init(compiler: FormulaCompiler, formula: Formula?) {
        self.sourceFormula = formula
        self.code = compiler.code
        self.sites = compiler.sites
        self.names = compiler.names
        self.tables = compiler.tables
        self.stackSize = Swift.max(1, compiler.maxDepth)
        self.handlerCount = Swift.max(1, compiler.maxHandlers)
    }

    /// The formula text as written.
    public var source: String { sourceFormula?.source ?? "" }

    /// Where the formula starts in the policy file.
    public var origin: SourceLocation { sourceFormula?.origin ?? SourceLocation(file: "") }

    /// The value when the formula reads no names, tenure or history (it was computed at
    /// compile time), else `nil`.
    public var constantValue: DecimalNumber? {
        if code.count == 2, case .constant(let value) = code[0] { return value }
        return nil
    }

    /// A fault as a diagnostic, placed at the fault's own place or else at the formula's
    /// origin.
    public func diagnostic(for fault: FormulaFault, severity: Severity = .error) -> Diagnostic {
        fault.diagnostic(severity: severity, at: origin)
    }
}

extension Formula {
    /// Binds the formula to the company's names and rate tables. Throws at the place of the
    /// first unknown name (with a "did you mean" suggestion) or unknown table.
    public func compile(resolver: FormulaSymbols) throws(FormulaError) -> CompiledFormula {
        var compiler = FormulaCompiler(map: map, symbols: resolver)
        try compiler.compileProgram(root)
        return CompiledFormula(compiler: compiler, formula: self)
    }
}
