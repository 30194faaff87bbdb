import JixiaoCore
import JixiaoMarkdown
/// A formula bound to one company's names and rate tables, ready to be evaluated for many
/// people and periods. Create it with `Formula.compile(resolver:)`.
///
/// Internally a flat array of stack-machine instructions; evaluation allocates nothing on
/// the heap unless a fault is reported.
public struct CompiledFormula: Sendable {
    /// The instructions and their tables (one reference: cheap to copy).
    @usableFromInline let program: FormulaProgram

    init(compiler: FormulaCompiler, formula: Formula?) {
        self.program = FormulaProgram(compiler: compiler, formula: formula)
    }

    /// The formula text as written.
    public var source: String { program.formula?.source ?? "" }

    /// Where the formula starts in the policy file.
    public var origin: SourceLocation { program.origin }

    /// The value when the formula reads no names, tenure or history (it was computed at
    /// compile time), else `nil`.
    public var constantValue: DecimalNumber? {
        if program.code.count == 2, case .constant(let value) = program.code[0] { return value }
        return nil
    }

    /// Evaluates the formula for one person and period. Returns the number, or the fault
    /// that prevented it (a missing value, a division by zero, an overflow, an unusable
    /// argument). Never traps.
    @inlinable
    public func evaluate<Environment: FormulaEnvironment>(_ env: Environment) -> Result<DecimalNumber, FormulaFault> {
        program.execute(env)
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
