import JixiaoCore
import JixiaoRules
/// Generates a fictional company of any size as a content folder, deterministically from a
/// seed. It has the example company's departments, roles and measures, so the example's
/// policies apply to it unchanged; it feeds tests and benchmarks.
public struct SyntheticCompany: Sendable {
    /// Number of employees.
    public var employees: Int
    /// Number of months of data.
    public var months: Int
    /// The last month with data.
    public var endMonth: Month
    /// Random seed.
    public var seed: UInt64
    /// People per team (sub-department).
    public var teamSize: Int = 25

    /// Creates a generator.
    public init(employees: Int, months: Int, endMonth: Month, seed: UInt64) {
        self.employees = max(1, employees)
        self.months = max(1, months)
        self.endMonth = endMonth
        self.seed = seed
    }

    /// The top-level departments with their roles and share of the staff (percent).
    static let divisions: [(id: String, name: String, nameEN: String, role: String, lead: String, share: Int)] = [
        ("cs", "客服部", "Customer Service", "cs-agent", "cs-lead", 40),
        ("logistics", "物流部", "Logistics", "warehouse", "logistics-lead", 30),
        ("ops", "电商运营部", "E-commerce Operations", "ops-specialist", "ops-lead", 15),
        ("sales", "物流营销部", "Logistics Sales", "sales-rep", "sales-lead", 12),
        ("hr", "人力资源部", "Human Resources", "hr", "hr", 3),
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let givenChars = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国志宇浩然思雨欣怡子涵梓轩雅婷晨曦嘉文俊杰佳琪晓东海燕春梅丹丹")

    /// The files of the company: path → text. With policies that declare an assessment
    /// calendar (the example's), also `assessments.csv` in the example's shape.
    public func files(policies: [String: String] = [:]) -> [String: String] {
        var rng = SeededRandom(seed: seed)
        let firstMonth = endMonth.advanced(by: -(months - 1))
        var files: [String: String] = ["site.yaml": siteYAML(from: firstMonth)]
        let (departments, people) = organisation(&rng, firstMonth: firstMonth)
        files["departments.csv"] = departments
        files["employees.csv"] = employeesCSV(people)
        var m = firstMonth
        while m <= endMonth {
            files.merge(monthFiles(&rng, month: m, people: people)) { $1 }
            m = m.next
        }
        for (path, text) in policies { files["policies/" + path] = text }
        if policies.values.contains(where: Self.declaresCalendar) {
            files["assessments.csv"] = assessmentsCSV(people, firstMonth: firstMonth)
        }
        return files
    }

    /// `site.yaml`, with the working days of every month.
    func siteYAML(from firstMonth: Month) -> String {
        var site = "title: 绩效中心（合成数据）\ncompany: 合成示例电子商务有限公司\nlocale: zh-CN\ncurrency: CNY\nworking_days:\n"
        var m = firstMonth
        while m <= endMonth {
            site += "  \(m): \(m.month == 2 ? 16 : (m.month == 10 ? 17 : 22))\n"
            m = m.next
        }
        return site
    }
}
