import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Monthly data files: values, employees, folders and completeness.
    static var monthlyCases: [BadInputCase] {
        let head = "employee,sales,complaints\n"
        let dec = "data/2025-12/cs.csv"
        return [
            BadInputCase("monthly: unknown employee", text: [dec: head + "E001,1,0\nE999,2,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: unknown employee with a near match", text: [dec: head + "E001,1,0\nE03,2,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: number in Chinese characters", text: [dec: head + "E001,30000,0\nE003,一万二,1\n"], /*AUTO*/[]),
            BadInputCase("monthly: number with two decimal points", text: [dec: head + "E001,3.0.0,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: NaN", text: [dec: head + "E001,NaN,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: infinity", text: [dec: head + "E001,inf,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: a huge number", text: [dec: head + "E001,1\(String(repeating: "0", count: 60)),0\n"], /*AUTO*/[]),
            BadInputCase("monthly: a number with many decimals", text: [dec: head + "E001,0.\(String(repeating: "3", count: 40)),0\n"], /*AUTO*/[]),
            BadInputCase("monthly: percent sign is fine", text: [dec: head + "E001,30%,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: a date where a number belongs", text: [dec: head + "E001,2026-01-01,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: negative complaints", text: [dec: head + "E001,30000,-3\n"],
                         [E(dec, 2, 13, "complaints")], known: "issue 12 item 3: columns cannot yet declare ranges, so negative counts are accepted"),
            BadInputCase("monthly: empty cells are fine", text: [dec: head + "E001,,\n"], /*AUTO*/[]),
            BadInputCase("monthly: spaces around values are fine", text: [dec: head + " E001 , 30000 , 0 \n"], /*AUTO*/[]),
            BadInputCase("monthly: missing employee column", text: [dec: "id,sales,complaints\nE001,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: employee twice in one file", text: [dec: head + "E001,1,0\nE001,2,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: measure column twice", text: [dec: "employee,sales,sales\nE001,1,2\n"], /*AUTO*/[]),
            BadInputCase("monthly: empty measure name", text: [dec: "employee,,complaints\nE001,1,2\n"], /*AUTO*/[]),
            BadInputCase("monthly: measure name with a space", text: [dec: "employee,total sales,complaints\nE001,1,2\n"], /*AUTO*/[]),
            BadInputCase("monthly: same measure in two files of one month", text: ["data/2025-12/more.csv": "employee,sales\nE001,5\n"], /*AUTO*/[]),
            BadInputCase("monthly: unclosed quote", text: [dec: head + "E001,\"30000,0\nE003,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: ragged row", text: [dec: head + "E001,30000\nE003,1,0,9\n"], /*AUTO*/[]),
            BadInputCase("monthly: data before the hire date", text: [dec: head + "E004,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: data after leaving", text: ["data/2026-02/cs.csv": head + "E001,1,0\nE005,2,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: folder month 13", text: ["data/2026-13/cs.csv": head + "E001,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: folder with a one-digit month", text: ["data/2026-2/cs.csv": head + "E001,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: folder that is not a month", text: ["data/latest/cs.csv": head + "E001,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: a file that is not CSV", text: ["data/2025-12/notes.txt": "看一下\n"], /*AUTO*/[]),
            BadInputCase("monthly: a file directly under data", text: ["data/cs.csv": head + "E001,1,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: header only", text: ["data/2026-01/cs.csv": head],
                         [E("data/2026-01/cs.csv", 1, nil, "no rows")], known: "issue 12 item 3: a header-only file is silently accepted"),
            BadInputCase("monthly: far fewer rows than the month before", text: ["data/2026-01/cs.csv": head + "E001,31000,0\n"],
                         [E("data/2026-01/cs.csv", nil, nil, "fewer rows")], known: "issue 12 item 3: a file with far fewer rows than the month before is accepted"),
            BadInputCase("monthly: an expected file missing", text: ["data/2026-01/cs.csv": nil, "data/2026-01/other.csv": "employee,visits\nE002,3\n"],
                         [E("data/2026-01/cs.csv", nil, nil, "missing")], known: "issue 12 item 3: content cannot yet declare which monthly files are expected"),
            BadInputCase("monthly: NUL byte in a value", text: [dec: head + "E001,300\u{0}00,0\n"], /*AUTO*/[]),
            BadInputCase("monthly: department file with an unknown department", text: ["data/2025-12/departments.csv": "department,orders\nsales,3\n"], /*AUTO*/[]),
            BadInputCase("monthly: department file with a bad number", text: ["data/2025-12/departments.csv": "department,orders\ncs,很多\n"], /*AUTO*/[]),
            BadInputCase("monthly: a 300,000-character employee id is quoted briefly", text: [dec: head + "\(String(repeating: "E", count: 300_000)),1,0\n"],
                         [E(dec, 2, 1, "unknown employee")], known: "issue 12 item 6: the message echoes the whole field instead of at most 80 characters"),
        ]
    }
}
