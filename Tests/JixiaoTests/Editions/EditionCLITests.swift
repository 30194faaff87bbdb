import Foundation
import Testing

/// `jixiao build --edition …` and `--all-editions` through the executable.
@Suite("Editions: command line")
struct EditionCLITests {
    @Test("--edition department:cs writes only cs's people; --edition company and staff equal --audience")
    func departmentEdition() throws {
        let scratch = try CLIRunner.scratch("edition")
        defer { TestFiles.remove(scratch) }
        let run = try CLIRunner.run(["build", "content", "-o", scratch + "/cs", "--edition", "department:cs", "--quiet"])
        #expect(run.status == 0, "\(run.errors)")
        let people = try FileManager.default.contentsOfDirectory(atPath: scratch + "/cs/people").sorted()
        // cs: E0101…E0129 (29 people) and E0310, who moved from ops to cs in 2026-06.
        #expect(people.count == 30)
        #expect(people.contains("e0310.html") && people.contains("e0101.html") && !people.contains("e0201.html"))
        let departments = try FileManager.default.contentsOfDirectory(atPath: scratch + "/cs/departments").sorted()
        #expect(departments == ["cs", "index.html"])
        for (edition, audience) in [("company", "managers"), ("staff", "staff")] {
            let a = try CLIRunner.run(["build", "content", "-o", scratch + "/e-" + edition, "--edition", edition, "--quiet"])
            let b = try CLIRunner.run(["build", "content", "-o", scratch + "/a-" + edition, "--audience", audience, "--quiet"])
            #expect(a.status == 0 && b.status == 0)
            let index = "/index.html"
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: scratch + "/e-" + edition + index))
                    == Data(contentsOf: URL(fileURLWithPath: scratch + "/a-" + edition + index)))
        }
    }

    @Test("an unknown department exits 1 with a did-you-mean; a malformed --edition is a usage error")
    func badEditions() throws {
        let scratch = try CLIRunner.scratch("edition-bad")
        defer { TestFiles.remove(scratch) }
        let unknown = try CLIRunner.run(["build", "content", "-o", scratch + "/x", "--edition", "department:cx"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("there is no department cx in departments.csv"))
        #expect(unknown.errors.contains("did you mean department:cs?"))
        #expect(!FileManager.default.fileExists(atPath: scratch + "/x"))
        let malformed = try CLIRunner.run(["build", "content", "-o", scratch + "/y", "--edition", "dept:cs"])
        #expect(malformed.status == 64)
        #expect(malformed.errors.contains("--edition must be staff, company or department:<id>"))
        let both = try CLIRunner.run(["build", "content", "-o", scratch + "/z", "--edition", "company", "--all-editions"])
        #expect(both.status == 64)
    }

    @Test("--all-editions writes staff, company, one folder per declared department and nginx.conf.example; again: up to date")
    func allEditions() throws {
        let scratch = try CLIRunner.scratch("all-editions")
        defer { TestFiles.remove(scratch) }
        let out = scratch + "/out"
        for expected in ["jixiao build: 7 editions in ", "jixiao build: 7 editions up to date"] {
            let run = try CLIRunner.run(["build", "content", "-o", out, "--all-editions"])
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.errors.contains(expected))
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        #expect(folders == ["company", "cs", "hr", "logistics", "nginx.conf.example", "ops", "sales", "staff"])
        #expect(!FileManager.default.fileExists(atPath: out + "/staff/people"))
        #expect(FileManager.default.fileExists(atPath: out + "/company/people/e0201.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/cs/people/e0201.html"))
        let nginx = try String(contentsOfFile: out + "/nginx.conf.example", encoding: .utf8)
        #expect(nginx.contains("location /cs/ {\n    alias \(out)/cs/;"))
        #expect(nginx.contains("auth_basic_user_file /etc/nginx/jixiao/cs.htpasswd;"))
        #expect(nginx.contains("auth_basic_user_file /etc/nginx/jixiao/staff.htpasswd;"))
    }
}
