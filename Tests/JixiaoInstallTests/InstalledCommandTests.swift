import Foundation
import Testing

/// The executable as a company uses it: from an empty folder outside the repository, with
/// nothing but itself: `init`, `check`, `build`, `theme export`, `--version`.
@Suite("Installed command", .serialized)
struct InstalledCommandTests {
    @Test("init, check and build from an empty folder outside the repository, in both languages")
    func initCheckBuild() throws {
        for (locale, title) in [("zh-CN", "绩效中心"), ("en", "Performance Centre")] {
            let folder = CommandRunner.temporaryFolder("init-\(locale)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let created = try CommandRunner.run(["init", "co", "--locale", locale], in: folder)
            #expect(created.status == 0, "\(created.errors)")
            #expect(created.output.contains("wrote 12 files"))
            let files = FileManager.default.enumerator(atPath: folder.appendingPathComponent("co").path)?.compactMap { $0 as? String }
                .filter { $0.contains(".") }.sorted()
            #expect(
                files == [
                    "README.md", "assessments.csv", "data/2026-10/people.csv", "data/2026-11/people.csv", "departments.csv", "employees.csv",
                    "policies/attendance.md", "policies/calendar.md", "policies/grades.md", "policies/pay.md", "roles.csv", "site.yaml",
                ])
            let readme = try String(contentsOf: folder.appendingPathComponent("co/README.md"), encoding: .utf8)
            #expect(readme.contains("policies/pay.md") && readme.contains("employees.csv"))
            let checked = try CommandRunner.run(["check", "co"], in: folder)
            #expect(checked.status == 0)
            #expect(checked.errors.contains("0 error(s), 0 warning(s)"), "\(checked.output)")
            let built = try CommandRunner.run(["build", "co", "-o", "out", "--quiet"], in: folder)
            #expect(built.status == 0, "\(built.errors)")
            let home = try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8)
            #expect(home.contains(title))
            #expect(!home.contains("__jixiao"))
            for page in ["policies/pay.html", "policies/grades.html", "policies/attendance.html", "people/e003.html", "assets/jixiao.css", "2026/10/assessments.html", "policies/calendar.html"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/" + page).path), "\(page)")
            }
            let pay = try String(contentsOf: folder.appendingPathComponent("out/policies/pay.html"), encoding: .utf8)
            #expect(pay.contains("4%"))
            // assessments.csv: E005 handed in October's self-assessment on 9 Nov, due 5 Nov (4 days late)
            let status = try String(contentsOf: folder.appendingPathComponent("out/2026/10/assessments.html"), encoding: .utf8)
            #expect(status.contains(locale == "en" ? "4 days late" : "逾期 4 天"), "\(status)")
        }
    }

    @Test("init refuses a folder that is not empty, with exit status 2, and writes nothing")
    func initRefusesNonEmpty() throws {
        let folder = CommandRunner.temporaryFolder("init-busy")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("co"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("co/notes.txt"))
        let result = try CommandRunner.run(["init", "co"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("co is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("co").path) == ["notes.txt"])
        let badLocale = try CommandRunner.run(["init", "new", "--locale", "fr"], in: folder)
        #expect(badLocale.status != 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path))
    }

    @Test("theme export writes versioned templates; an older override makes the build warn")
    func themeExport() throws {
        let folder = CommandRunner.temporaryFolder("theme")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["init", "co", "--locale", "en"], in: folder).status == 0)
        let exported = try CommandRunner.run(["theme", "export", "theme"], in: folder)
        #expect(exported.status == 0, "\(exported.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("theme").path).sorted()
        #expect(names.count == 15 && names.contains("home.mustache") && names.allSatisfy { $0.hasSuffix(".mustache") })
        let home = try String(contentsOf: folder.appendingPathComponent("theme/home.mustache"), encoding: .utf8)
        #expect(home.hasPrefix("{{! jixiao-theme 1 }}\n"))
        #expect(try CommandRunner.run(["theme", "export", "theme"], in: folder).status == 2)

        // A current override builds silently; one from theme 0 warns at its line 1.
        let templates = folder.appendingPathComponent("co/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(home.replacingOccurrences(of: "<main id=\"main\">", with: "<main id=\"main\" class=\"ours\">").utf8)
            .write(to: templates.appendingPathComponent("home.mustache"))
        let current = try CommandRunner.run(["build", "co", "-o", "out", "--quiet"], in: folder)
        #expect(current.status == 0 && !current.errors.contains("warning"), "\(current.errors)")
        #expect(try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8).contains("class=\"ours\""))
        try Data(home.replacingOccurrences(of: "jixiao-theme 1", with: "jixiao-theme 0").utf8).write(
            to: templates.appendingPathComponent("home.mustache"))
        let old = try CommandRunner.run(["build", "co", "-o", "out", "--quiet"], in: folder)
        #expect(old.status == 0)
        #expect(
            old.errors.contains("content/templates/home.mustache:1: warning: this template override has theme version 0"), "\(old.errors)")
    }

    @Test("--version prints the version and the commit")
    func version() throws {
        let result = try CommandRunner.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        let line = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.range(of: #"^\d+\.\d+\.\d+ \(commit ([0-9a-f]{12}|unknown)\)$"#, options: .regularExpression) != nil, "\(line)")
    }
}
