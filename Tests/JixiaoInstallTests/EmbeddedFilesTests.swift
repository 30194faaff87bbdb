import Foundation
import Testing
import JixiaoCore
import JixiaoResources
import JixiaoSite

/// The files inside the executable are the repository's, byte for byte, and carry the theme version.
@Suite("Embedded files")
struct EmbeddedFilesTests {
    @Test("every file of site-templates/ is embedded with the same bytes, and nothing else")
    func templatesMatchTheRepository() throws {
        let disk = LocalFileSystem(root: CommandRunner.repo.appendingPathComponent("site-templates").path)
        let paths = disk.walk("")
        #expect(paths.count > 10)
        #expect(BuiltIn.templates.walk("") == paths)
        for path in paths { #expect(try BuiltIn.templates.read(path) == disk.read(path), "\(path) is stale") }
        #expect(BuiltIn.templates.list("locales") == ["en.yaml", "zh-CN.yaml"])
        #expect(BuiltIn.templates.directoryExists("assets"))
        #expect(!BuiltIn.templates.fileExists("assets"))
        #expect(throws: (any Error).self) { try BuiltIn.templates.read("missing.mustache") }
    }

    @Test("every built-in template starts with the theme version line")
    func versionLines() throws {
        let templates = BuiltIn.templateFiles
        #expect(templates.count == 15)  // 13 + closed-month.mustache (closed months) + assessments.mustache (issue 13)
        for (name, data) in templates {
            #expect(ThemeVersion.version(of: String(decoding: data, as: UTF8.self)) == 1, "\(name)")
        }
    }

    @Test("the version line is read from the first line only")
    func parsing() {
        #expect(ThemeVersion.version(of: "{{! jixiao-theme 3 }}\n<p>") == 3)
        #expect(ThemeVersion.version(of: "{{!jixiao-theme 2}}") == 2)
        #expect(ThemeVersion.version(of: "{{! jixiao-theme two }}") == nil)
        #expect(ThemeVersion.version(of: "<p>\n{{! jixiao-theme 1 }}") == nil)
        #expect(ThemeVersion.version(of: "{{! some other comment }}") == nil)
    }

    @Test("an override from an older theme, or without a version line, gets a warning at line 1")
    func overrideWarnings() {
        let base = MemoryFileSystem(["home.mustache": "{{! jixiao-theme 2 }}\nx", "simple.mustache": "{{! jixiao-theme 2 }}\ny"])
        let override = MemoryFileSystem(["home.mustache": "{{! jixiao-theme 1 }}\nx", "simple.mustache": "y", "extra.mustache": "z"])
        let warnings = ThemeVersion.warnings(base: base, override: override, overrideLabel: "content/templates/")
        #expect(warnings.map(\.location.description) == ["content/templates/home.mustache:1", "content/templates/simple.mustache:1"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.fix?.contains("jixiao theme export") == true })
        let current = MemoryFileSystem(["home.mustache": "{{! jixiao-theme 2 }}\nmine"])
        #expect(ThemeVersion.warnings(base: base, override: current, overrideLabel: "content/templates/").isEmpty)
    }

    @Test("the scaffolds hold the same files in both languages")
    func scaffolds() {
        let zh = BuiltIn.scaffold(locale: "zh-CN"), en = BuiltIn.scaffold(locale: "en")
        #expect(zh.keys.sorted() == en.keys.sorted())
        #expect(
            zh.keys.sorted() == [
                "README.md", "assessments.csv", "data/2026-10/people.csv", "data/2026-11/people.csv", "departments.csv", "employees.csv",
                "policies/attendance.md", "policies/calendar.md", "policies/grades.md", "policies/pay.md", "roles.csv", "site.yaml",
            ])
        #expect(BuiltIn.version.split(separator: ".").count == 3)
        #expect(!BuiltIn.commit.isEmpty)
    }
}
