import Foundation
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// A small valid company used as the base of loader tests; each test changes one file.
enum Fixtures {
    static let site = """
        title: 测试绩效
        company: 测试公司
        locale: zh-CN
        """

    static let departments = """
        id,name,parent,head
        cs,客服部,,E001
        logistics,物流部,,E002
        """

    static let employees = """
        id,name,department,role,manager,hire_date,status,regular_date,leave_date,base_salary,position_pay
        E001,王芳,cs,cs-lead,,2020-01-01,regular,,,9000,1500
        E002,李强,logistics,logistics-lead,,2019-05-01,regular,,,9000,1500
        E003,张伟,cs,cs-agent,E001,2025-03-15,regular,,,6000,800
        E004,刘洋,logistics,warehouse,E002,2026-01-05,trial,,,5500,
        E005,陈静,cs,cs-agent,E001,2024-06-01,left,,2026-01-31,6000,800
        """

    static let month1 = """
        employee,sales,complaints
        E001,30000,0
        E003,"12,500",1
        E005,9000,0
        """

    static let policy = """
        ---
        title: 客服考核
        summary: 示例
        departments: [cs]
        effective: 2025-12
        owner: 人力资源部
        tags: [考核]
        ---
        # 客服考核

        正文。
        """

    static func files(_ changes: [String: String?] = [:]) -> MemoryFileSystem {
        var files: [String: String] = [
            "site.yaml": site,
            "departments.csv": departments,
            "employees.csv": employees,
            "data/2025-12/cs.csv": month1,
            "data/2026-01/cs.csv": "employee,sales,complaints\nE001,31000,0\nE003,15000,0\nE005,8000,2\n",
            "policies/cs.md": policy,
        ]
        for (path, text) in changes {
            if let text { files[path] = text } else { files.removeValue(forKey: path) }
        }
        return MemoryFileSystem(files)
    }

    static func load(_ changes: [String: String?] = [:]) -> ContentLoader.Outcome {
        ContentLoader(fileSystem: files(changes)).load()
    }

    static func errors(_ changes: [String: String?]) -> [Diagnostic] {
        load(changes).diagnostics.filter { $0.severity == .error }
    }
}
