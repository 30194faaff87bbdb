import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Employees, departments and transfers: values, references, dates, ids and cycles.
    static var organisationCases: [BadInputCase] {
        let transfers = "employee,month,from,from_role,department,role\n"
        return [
            BadInputCase(
                "employees: base salary not a number", text: employees(",6000,800\nE004", ",六千,800\nE004"),
                [E("employees.csv", 4, 47, "base salary \"六千\" is not a number")], allowsOtherErrors: true),
            BadInputCase(
                "employees: base salary with two decimal points", text: employees(",6000,800\nE004", ",6000.0.1,800\nE004"),
                [E("employees.csv", 4, 47, "base salary \"6000.0.1\" is not a number")], allowsOtherErrors: true),
            BadInputCase(
                "employees: base salary negative", text: employees(",6000,800\nE004", ",-6000,800\nE004"),
                [E("employees.csv", 4, 47, "base salary \"-6000\" is negative")]),
            BadInputCase("employees: position pay with a currency sign", text: employees(",6000,800\nE004", ",6000,¥800\nE004"), []),
            BadInputCase(
                "employees: base salary in exponent notation", text: employees(",6000,800\nE004", ",6e3,800\nE004"),
                [E("employees.csv", 4, 47, "base salary \"6e3\" is not a number")], allowsOtherErrors: true),
            BadInputCase(
                "employees: base salary overflowing",
                text: employees(",6000,800\nE004", ",99999999999999999999999999999999999999,800\nE004"),
                [E("employees.csv", 4, 47, "base salary \"99999999999999999999999999999999999999\" is not a number")],
                allowsOtherErrors: true),
            BadInputCase(
                "employees: hire date in month 13", text: employees("2025-03-15", "2025-13-15"),
                [
                    E("employees.csv", 4, 26, "month 13"),
                    W(
                        "employees.csv", nil, nil,
                        "2 rows under data/ not checked because employees.csv has errors in the rows they refer to"),
                ]),
            BadInputCase(
                "employees: hire date in year 1", text: employees("2025-03-15", "0001-01-01"),
                [E("employees.csv", 4, 26, "year 1 is outside")]),
            BadInputCase(
                "employees: hire date 30 February", text: employees("2026-01-05", "2026-02-30"),
                [E("employees.csv", 5, 34, "day 30 does not exist in 2026-02")]),
            BadInputCase(
                "employees: hire date 31 April", text: employees("2025-03-15", "2025-04-31"),
                [E("employees.csv", 4, 26, "day 31 does not exist in 2025-04")]),
            BadInputCase(
                "employees: hire date 29 February in a common year", text: employees("2025-03-15", "2025-02-29"),
                [E("employees.csv", 4, 26, "day 29 does not exist in 2025-02")]),
            BadInputCase("employees: hire date 29 February in a leap year is fine", text: employees("2020-01-01", "2020-02-29"), []),
            BadInputCase(
                "employees: hire date is a word", text: employees("2025-03-15", "去年三月"),
                [E("employees.csv", 4, 26, "hire date \"去年三月\" is not a date")], allowsOtherErrors: true),
            BadInputCase("employees: hire date with slashes is fine", text: employees("2025-03-15", "2025/3/15"), []),
            BadInputCase(
                "employees: hire date with a two-digit year", text: employees("2025-03-15", "25-03-15"),
                [E("employees.csv", 4, 26, "hire date \"25-03-15\" is not a real date")], allowsOtherErrors: true),
            BadInputCase(
                "employees: hire date with a time", text: employees("2025-03-15", "2025-03-15 09:00"),
                [E("employees.csv", 4, 26, "hire date \"2025-03-15 09:00\" is not a date")], allowsOtherErrors: true),
            BadInputCase(
                "employees: hire date missing", text: employees("2025-03-15", ""),
                [E("employees.csv", 4, 26, "hire date \"\" is not a date")], allowsOtherErrors: true),
            BadInputCase(
                "employees: leave date before hire date", text: employees("2024-06-01,left,,2026-01-31", "2024-06-01,left,,2023-01-31"),
                [E("employees.csv", 6, 43, "leave date 2023-01-31 is before the hire date 2024-06-01")], allowsOtherErrors: true),
            BadInputCase(
                "employees: left without a leave date", text: employees("left,,2026-01-31", "left,,"),
                [E("employees.csv", 6, 37, "employee E005 has status left but no leave date")], allowsOtherErrors: true),
            BadInputCase(
                "employees: leave date while still regular",
                text: employees(
                    "E003,张伟,cs,cs-agent,E001,2025-03-15,regular,,,", "E003,张伟,cs,cs-agent,E001,2025-03-15,regular,,2026-06-30,"), []),
            BadInputCase(
                "employees: unknown status", text: employees("2026-01-05,trial", "2026-01-05,probation"),
                [E("employees.csv", 5, 45, "unknown status \"probation\" for employee E004")]),
            BadInputCase(
                "employees: regular date before hire date", text: employees("2025-03-15,regular,,", "2025-03-15,regular,2025-01-01,"),
                [E("employees.csv", 4, 45, "regular date 2025-01-01 is before the hire date 2025-03-15")], allowsOtherErrors: true),
            BadInputCase(
                "employees: unknown department", text: employees("E003,张伟,cs,", "E003,张伟,cx,"),
                [E("employees.csv", 4, 9, "unknown department \"cx\" for employee E003")], allowsOtherErrors: true),
            BadInputCase(
                "employees: empty department", text: employees("E003,张伟,cs,", "E003,张伟,,"),
                [E("employees.csv", 4, 9, "unknown department \"\" for employee E003")], allowsOtherErrors: true),
            BadInputCase(
                "employees: unknown manager", text: employees("cs-agent,E001,2025", "cs-agent,E009,2025"),
                [E("employees.csv", 4, 25, "unknown manager \"E009\" for employee E003")]),
            BadInputCase(
                "employees: own manager", text: employees("E003,张伟,cs,cs-agent,E001", "E003,张伟,cs,cs-agent,E003"),
                [E("employees.csv", 4, nil, "employee E003 is their own manager")]),
            BadInputCase(
                "employees: managers in a circle", text: employees("E001,王芳,cs,cs-lead,,", "E001,王芳,cs,cs-lead,E003,"),
                [E("employees.csv", 2, 20, "managers in a circle: E001 → E003 → E001")]),
            BadInputCase(
                "employees: duplicate id",
                text: ["employees.csv": Fixtures.employees + "\nE003,张伟二,cs,cs-agent,E001,2025-03-15,regular,,,6000,800"],
                [E("employees.csv", 7, 1, "duplicate employee id \"E003\" (first on line 4)")]),
            BadInputCase(
                "employees: empty id", text: employees("E004,刘洋", ",刘洋"), [E("employees.csv", 5, 1, "employee id \"\" is not a valid id")]),
            BadInputCase(
                "employees: id with a space", text: employees("E004,刘洋", "E 004,刘洋"),
                [E("employees.csv", 5, 1, "employee id \"E 004\" is not a valid id")]),
            BadInputCase(
                "employees: empty name", text: employees("E004,刘洋", "E004,"), [E("employees.csv", 5, 6, "employee E004 has no name")]),
            BadInputCase(
                "employees: role typo", text: employees("E003,张伟,cs,cs-agent", "E003,张伟,cs,cs_agent").merging(
                    ["policies/rules.md": rules.replacingOccurrences(of: "{departments: [cs]}", with: "{departments: [cs], roles: [cs-agent]}")]
                ) { a, _ in a },
                [E("employees.csv", 4, 12, "unknown role \"cs_agent\": no policy names it")]),
            BadInputCase(
                "employees: role close to a policy's but not a typo",
                text: employees("E003,张伟,cs,cs-agent", "E003,张伟,cs,cs-agents").merging(
                    ["policies/rules.md": rules.replacingOccurrences(of: "{departments: [cs]}", with: "{departments: [cs], roles: [cs-agent]}")]
                ) { a, _ in a },
                [W("employees.csv", 4, 12, "role \"cs-agents\" is named by no policy (policies name cs-agent)")]),
            BadInputCase(
                "departments: parent in a circle",
                text: ["departments.csv": "id,name,parent,head\ncs,客服部,logistics,E001\nlogistics,物流部,cs,E002\n"],
                [
                    E("departments.csv", 2, nil, "department cs is its own ancestor (parent cycle)"),
                    E("departments.csv", 3, nil, "department logistics is its own ancestor (parent cycle)"),
                ]),
            BadInputCase(
                "departments: own parent", text: departments("cs,客服部,,", "cs,客服部,cs,"),
                [E("departments.csv", 2, nil, "department cs is its own ancestor (parent cycle)")]),
            BadInputCase(
                "departments: unknown parent", text: departments("cs,客服部,,", "cs,客服部,sales,"),
                [E("departments.csv", 2, 9, "department cs has unknown parent \"sales\"")]),
            BadInputCase(
                "departments: duplicate id", text: ["departments.csv": Fixtures.departments + "\ncs,客服二部,,E001"],
                [E("departments.csv", 4, 1, "duplicate department id \"cs\" (first on line 2)")]),
            BadInputCase(
                "departments: unknown head", text: departments(",E002", ",E099"),
                [E("departments.csv", 3, nil, "department logistics has unknown head \"E099\"")]),
            BadInputCase(
                "departments: empty id", text: departments("logistics,物流部", ",物流部"),
                [E("departments.csv", 3, 1, "department id \"\" is not a valid id")], allowsOtherErrors: true),
            BadInputCase(
                "departments: missing name column", text: ["departments.csv": "id,parent,head\ncs,,E001\nlogistics,,E002\n"],
                [E("departments.csv", 1, 1, "missing required column \"name\"")], allowsOtherErrors: true),
            BadInputCase(
                "departments: id that cannot be a page name", text: ["departments.csv": Fixtures.departments + "\n../x,坏部门,,"],
                [E("departments.csv", 4, 1, "department id \"../x\" is not a valid id")]),
            BadInputCase(
                "departments: two ids with the same page name", text: ["departments.csv": Fixtures.departments + "\nCS,客服二部,,"],
                [E("departments.csv", 4, 1, "same page name")]),
            BadInputCase(
                "departments: file missing", text: ["departments.csv": nil], [E("departments.csv", nil, nil, "departments.csv is missing")],
                allowsOtherErrors: true),
            BadInputCase(
                "employees: file missing", text: ["employees.csv": nil], [E("employees.csv", nil, nil, "employees.csv is missing")],
                allowsOtherErrors: true),
            BadInputCase(
                "transfers: unknown employee", text: ["transfers.csv": transfers + "E009,2026-01,cs,cs-agent,logistics,warehouse\n"],
                [E("transfers.csv", 2, 1, "unknown employee \"E009\" in a transfer")]),
            BadInputCase(
                "transfers: unknown department", text: ["transfers.csv": transfers + "E003,2026-01,cs,cs-agent,sales,warehouse\n"],
                [E("transfers.csv", 2, 26, "unknown department \"sales\" in a transfer")]),
            BadInputCase(
                "transfers: month 13", text: ["transfers.csv": transfers + "E003,2026-13,cs,cs-agent,logistics,warehouse\n"],
                [E("transfers.csv", 2, 6, "\"2026-13\" is not a month")]),
            BadInputCase(
                "transfers: month is a date", text: ["transfers.csv": transfers + "E003,2026-01-15,cs,cs-agent,logistics,warehouse\n"],
                [E("transfers.csv", 2, 6, "\"2026-01-15\" is not a month")]),
            BadInputCase(
                "transfers: missing column", text: ["transfers.csv": "employee,month,department\nE003,2026-01,logistics\n"],
                [E("transfers.csv", 1, 1, "missing required column \"from\"")], allowsOtherErrors: true),
            BadInputCase(
                "transfers: before the hire date", text: ["transfers.csv": transfers + "E004,2025-06,logistics,warehouse,cs,cs-agent\n"],
                [E("transfers.csv", 2, 6, "transfer month 2025-06 is not after E004's hire month 2026-01")]),
            BadInputCase(
                "transfers: from the wrong department",
                text: ["transfers.csv": transfers + "E003,2026-01,logistics,cs-agent,logistics,warehouse\n"],
                [E("transfers.csv", 2, nil, "the last transfer of E003 moves them to logistics, but employees.csv says cs")]),
            BadInputCase(
                "transfers: twice in one month",
                text: [
                    "transfers.csv": transfers
                        + "E003,2026-01,cs,cs-agent,logistics,warehouse\nE003,2026-01,logistics,warehouse,cs,cs-agent\n"
                ], []),
        ]
    }
}
