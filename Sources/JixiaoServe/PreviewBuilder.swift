import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite

/// Builds the site into the server's private folder; a failed build leaves the last good
/// site there (the output folder is replaced only on success).
struct PreviewBuilder: Sendable {
    /// The build, with its output pointed at the private folder.
    let options: SiteOptions

    /// Runs one build off the server's threads; the problems (errors and warnings) and the time taken.
    func build() async -> (problems: [Diagnostic], seconds: Double) {
        let options = options
        return await Task.detached { Self.build(options) }.value
    }

    /// One build, synchronously.
    static func build(_ options: SiteOptions) -> (problems: [Diagnostic], seconds: Double) {
        let progress = BuildProgress(interactive: false, quiet: true)
        do {
            let summary = try SiteBuilder(options: options).build(progress: progress)
            return (summary.warnings, summary.seconds)
        } catch {
            return (error.diagnostics, progress.elapsed)
        }
    }

    /// The interface language the site will be built in: the option, else site.yaml's, else zh-CN.
    var locale: String {
        if let locale = options.locale { return locale }
        let settings = LocalFileSystem(root: options.contentFolder)
        guard let data = try? settings.read("site.yaml"), let text = String(data: data, encoding: .utf8),
            case .success(let value) = YAMLParser.parse(text, file: "site.yaml"),
            let locale = value["locale"]?.scalarText, SiteSettings.supportedLocales.contains(locale)
        else { return "zh-CN" }
        return locale
    }

    /// The overlay's texts, from the built-in locale file.
    var decoration: PageDecoration {
        let templates = options.templateFiles ?? LocalFileSystem(root: options.templatesFolder)
        let locale = locale
        var strings: [String: String] = [:]
        if let data = try? templates.read("locales/\(locale).yaml"), let text = String(data: data, encoding: .utf8),
            case .success(let loc) = Localization.parse(text, file: "locales/\(locale).yaml", locale: locale, currency: "CNY")
        {
            strings = loc.strings
        }
        func text(_ key: String) -> String { strings[key] ?? key }
        return PageDecoration(title: text("serve_errors_title"), hint: text("serve_errors_hint"), building: text("serve_building"))
    }
}
