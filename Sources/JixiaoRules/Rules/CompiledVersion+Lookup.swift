import JixiaoCore
extension Array where Element == CompiledVersion {
    /// The version of policy `policy` (index in `Content.policies`) in force in `month`, or
    /// `nil` when none is. Versions of one policy never overlap, so at most one matches.
    public func version(policy: Int, month: Month) -> CompiledVersion? {
        first { $0.policyIndex == policy && $0.isInForce(month) }
    }
}
