import Foundation
import JixiaoResources
import JixiaoSite

extension SiteOptions {
    /// Reads the built-in templates from the executable unless a templates folder was named
    /// (`--templates`) or a `site-templates` folder is in the working directory (a checkout
    /// of the repository, where edits to the templates show at once).
    mutating func useBuiltInTemplates(unless named: String?) {
        guard named == nil, !FileManager.default.fileExists(atPath: templatesFolder) else { return }
        templateFiles = BuiltIn.templates
    }
}
