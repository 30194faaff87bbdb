import Foundation
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Helpers shared by the Markdown tests.
enum MarkdownTestSupport {
    /// The folder `Tests/JixiaoTests/Fixtures`, found from this file's path.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Parses and renders with no links and no directives.
    static func render(
        _ source: String, file: String = "policies/test.md", firstLine: Int = 1,
        options: MarkdownOptions = MarkdownOptions()
    ) -> RenderedMarkdown {
        MarkdownDocument.parse(source: source, file: file, firstLine: firstLine, options: options).render()
    }
}
