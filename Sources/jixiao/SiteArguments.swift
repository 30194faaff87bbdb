import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoResources
import JixiaoRules
import JixiaoSite

/// The site options `build` and `serve` share, checked and turned into ``SiteOptions``.
enum SiteArguments {
    /// Checks `--audience`, `--month` and `--locale` and makes the options. The templates are
    /// the ones inside the executable unless a folder was named (`--templates`) or a
    /// `site-templates` folder is in the working directory (a checkout of the repository,
    /// where edits to the templates show at once).
    static func options(
        content: String, templates: String?, output: String, audience: String,
        locale: String?, month: String?
    ) throws -> SiteOptions {
        guard let audience = Audience(rawValue: audience) else { throw ValidationError("--audience must be staff or managers") }
        let cutoff = try MonthOption.parse(month)
        if let locale, !SiteSettings.supportedLocales.contains(locale) { throw ValidationError("--locale must be zh-CN or en") }
        var options = SiteOptions(
            contentFolder: content, templatesFolder: templates ?? "site-templates", output: output,
            audience: audience, locale: locale, month: cutoff)
        options.generator = BuiltIn.versionLine
        if templates == nil, !FileManager.default.fileExists(atPath: options.templatesFolder) { options.templateFiles = BuiltIn.templates }
        return options
    }
}
