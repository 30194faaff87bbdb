import JixiaoCore
import JixiaoRules

/// Content, results and analytics cut down to one department's edition, plus the company-wide
/// figures its leaderboards may show. Every page, download and index is made from these, so
/// whatever the pages show is in scope without the pages knowing about editions.
struct ScopedComputation: Sendable {
    /// The content with only the people and departments in scope (the edition's department has no parent).
    var content: Content
    /// The person-months in scope (employee indexes of `content`), department results and alerts in scope.
    var results: Results
    /// Period results, rankings, department figures and trends in scope; company-wide rankings keep their company ranks.
    var analytics: Analytics
    /// Allowed company-wide figures by ranking (``CompanyFigures/key(_:_:)``).
    var companyFigures: [String: CompanyFigures]
}
