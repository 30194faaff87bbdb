/// The policies of one department on the staff home (or the company-wide ones).
public struct StaffPolicyGroup: Sendable {
    /// Heading id, unique on the page.
    public var id: String
    /// The department's name, or 全公司 / Company-wide.
    public var heading: String
    /// The policies.
    public var links: [PolicyLink]
}
