import JixiaoCore
import JixiaoRules

/// The company's name in the interface language (issue 19): `company_en` from `site.yaml` on
/// an English site when given, else `company`.
extension SiteContext {
    /// The company name shown in the header, breadcrumbs, footer and print header.
    var companyName: String { loc.name(content.settings.company, english: content.settings.companyEN) }
}
