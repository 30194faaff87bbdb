import JixiaoCore
import JixiaoMarkdown
/// The names of all measures found in the monthly data, each with a stable index so that
/// the hot paths work with integers rather than strings.
public struct MeasureCatalog: Sendable {
    /// Names in index order.
    public private(set) var names: [String] = []
    private var indexByName: [String: Int] = [:]

    /// An empty catalog.
    public init() {}

    /// Number of measures.
    public var count: Int { names.count }

    /// The index of `name`, adding it when new.
    public mutating func intern(_ name: String) -> Int {
        if let index = indexByName[name] { return index }
        let index = names.count
        names.append(name)
        indexByName[name] = index
        return index
    }

    /// The index of `name`, if known.
    public func index(of name: String) -> Int? { indexByName[name] }
}
