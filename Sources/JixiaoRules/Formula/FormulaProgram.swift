import JixiaoCore
import JixiaoMarkdown
/// The executable form of a compiled formula: instructions in one unmanaged buffer plus the
/// tables of places, names and rate tables they refer to. A class so that evaluating a
/// `CompiledFormula` copies one reference, not five arrays.
///
/// Immutable after creation (hence `@unchecked Sendable`); the buffer is freed on deinit.
@usableFromInline
final class FormulaProgram: @unchecked Sendable {
    /// The instructions (trivial values; no deinitialisation needed).
    @usableFromInline let code: UnsafeMutableBufferPointer<FormulaInstruction>
    /// Places of operators and calls that may fault.
    @usableFromInline let sites: [SourceLocation]
    /// Names read, for `missing` faults.
    @usableFromInline let names: [String]
    /// Rate tables used.
    @usableFromInline let tables: [RateTable]
    /// Largest stack height reached.
    @usableFromInline let stackSize: Int
    /// Deepest nesting of `IFERROR`/`IFBLANK`/`ISBLANK`.
    @usableFromInline let handlerCount: Int
    /// Where faults without a place of their own are reported.
    @usableFromInline let origin: SourceLocation
    /// The formula compiled (`nil` for internal constant folding).
    let formula: Formula?

    init(compiler: FormulaCompiler, formula: Formula?) {
        let buffer = UnsafeMutableBufferPointer<FormulaInstruction>.allocate(capacity: Swift.max(1, compiler.code.count))
        _ = buffer.initialize(from: compiler.code)
        self.code = buffer
        self.sites = compiler.sites
        self.names = compiler.names
        self.tables = compiler.tables
        self.stackSize = Swift.max(1, compiler.maxDepth)
        self.handlerCount = Swift.max(1, compiler.maxHandlers)
        self.origin = formula?.origin ?? SourceLocation(file: "")
        self.formula = formula
    }

    deinit { code.deallocate() }
}
