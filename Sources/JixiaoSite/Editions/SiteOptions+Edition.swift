import JixiaoCore
import JixiaoRules

extension SiteOptions {
    /// Builds `edition`: sets the edition and its audience (staff, or managers for the company
    /// and department editions).
    public mutating func select(_ edition: Edition) {
        self.edition = edition
        audience = edition.audience
    }
}
