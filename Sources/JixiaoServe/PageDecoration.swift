import Foundation
import JixiaoCore
import JixiaoMarkdown

/// What `serve` adds to HTML responses (never to built files): the reload script, and while
/// the content has errors an overlay listing each one with file:line:column and its fix.
struct PageDecoration: Sendable {
    /// Where the reload events stream from.
    static let eventsPath = "/__jixiao/events"
    /// The overlay's heading and hint, in the site's language.
    let title: String
    /// The line under the heading.
    let hint: String
    /// What the page says while the first build runs.
    let building: String

    /// The script that reloads the page when a build finishes.
    static let script = """
        <script>(function(){var s=new EventSource("\(eventsPath)");s.addEventListener("reload",function(){s.close();location.reload();});})();</script>
        """

    /// The overlay for the given errors.
    func overlay(_ errors: [Diagnostic]) -> String {
        let items = errors.map { "<li><pre>\(HTMLEscape.escape($0.description))</pre></li>" }.joined()
        return """
            <div id="jixiao-serve-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);\
            color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem"><h2 style="color:#ff8a80;margin-top:0">\(HTMLEscape.escape(title))</h2>\
            <p>\(HTMLEscape.escape(hint))</p><ul style="padding-left:1.2rem">\(items)</ul></div>
            """
    }

    /// The page with the script (and the overlay, when there are errors) put before `</body>`.
    func decorate(_ html: String, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : overlay(errors)) + Self.script
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: range, with: addition + "</body>")
    }

    /// The page shown when no build has succeeded yet: the errors, or a note while the first build runs.
    func placeholder(errors: [Diagnostic]) -> String {
        let text = HTMLEscape.escape(errors.isEmpty ? building : title)
        return decorate(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(text)</title></head><body><p>\(text)</p></body></html>",
            errors: errors)
    }
}
