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

    /// The files of the company: path → text.
    public func files(policies: [String: String] = [:]) -> [String: String] {
        var rng = SeededRandom(seed: seed)
        var files: [String: String] = [:]
        let firstMonth = endMonth.advanced(by: -(months - 1))

        var site = "title: 绩效中心（合成数据）\ncompany: 合成示例电子商务有限公司\nlocale: zh-CN\ncurrency: CNY\nworking_days:\n"
        var m = firstMonth
        while m <= endMonth {
            site += "  \(m): \(m.month == 2 ? 16 : (m.month == 10 ? 17 : 22))\n"
            m = m.next
        }
        files["site.yaml"] = site

        // People per division, then teams.
        var departments = "id,name,name_en,parent,head\n"
        var employeesCSV = "id,name,department,role,manager,hire_date,status,regular_date,leave_date,base_salary,position_pay,position_coefficient,is_manager,shift,badge_level\n"
        var people: [(id: String, division: Int, team: String, role: String, hire: Day, leave: Day?)] = []
        var next = 1
        func newID() -> String {
            defer { next += 1 }
            let digits = String(next)
            return "E" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        for (d, division) in Self.divisions.enumerated() {
            let count = max(2, employees * division.share / 100)
            let headID = newID()
            departments += "\(division.id),\(division.name),\(division.nameEN),,\(headID)\n"
            if division.id == "cs" {
                departments += "cs-day,客服白班,CS day shift,cs,\ncs-night,客服夜班,CS night shift,cs,\n"
            }
            people.append((headID, d, division.id, division.id + "-head", Day(year: 2018, month: 3, day: 1)!, nil))
            let teams = max(1, (count - 1 + teamSize - 1) / teamSize)
            var made = 1
            for t in 0..<teams {
                let teamID = division.id == "cs" ? (t % 2 == 0 ? "cs-day" : "cs-night") + "-\(t / 2 + 1)" : "\(division.id)-\(t + 1)"
                let parent = division.id == "cs" ? (t % 2 == 0 ? "cs-day" : "cs-night") : division.id
                let leadID = newID()
                departments += "\(teamID),\(division.name)\(t + 1)组,\(division.nameEN) team \(t + 1),\(parent),\(leadID)\n"
                people.append((leadID, d, teamID, division.lead, Day(year: 2019, month: rng.int(1...12), day: 1)!, nil))
                made += 1
                while made < count && made < (t + 1) * teamSize + 1 {
                    let hireYear = rng.int(2018...(endMonth.year))
                    var hire = Day(year: hireYear, month: rng.int(1...12), day: rng.int(1...28))!
                    if hire > endMonth.lastDay { hire = Day(year: endMonth.year - 1, month: 6, day: 1)! }
                    var leave: Day? = nil
                    if rng.chance(4) {
                        let leaveMonth = firstMonth.advanced(by: rng.int(0...(months - 1)))
                        let candidate = leaveMonth.lastDay
                        if candidate > hire { leave = candidate }
                    }
                    people.append((newID(), d, teamID, division.role, hire, leave))
                    made += 1
                }
            }
        }
        files["departments.csv"] = departments

        var managerOf: [String: String] = [:]
        var teamLead: [String: String] = [:]
        var divisionHead: [Int: String] = [:]
        for person in people {
            if person.team == Self.divisions[person.division].id { divisionHead[person.division] = person.id }
            else if teamLead[person.team] == nil { teamLead[person.team] = person.id }
        }
        for person in people {
            if person.team == Self.divisions[person.division].id { continue }
            if teamLead[person.team] == person.id { managerOf[person.id] = divisionHead[person.division] }
            else { managerOf[person.id] = teamLead[person.team] }
        }
        for (i, person) in people.enumerated() {
            let name = String(Self.surnames[i % Self.surnames.count]) + String(Self.givenChars[(i * 7 + 3) % Self.givenChars.count])
                + (i % 3 == 0 ? "" : String(Self.givenChars[(i * 13 + 5) % Self.givenChars.count]))
            let isLead = person.role.hasSuffix("lead") || person.role.hasSuffix("head")
            let division = Self.divisions[person.division]
            let base = division.id == "logistics" ? 5500 : (isLead ? 9000 : 6000 + (i % 5) * 500)
            let status = person.leave != nil ? "left" : "regular"
            let shift = division.id == "cs" ? (person.team.hasPrefix("cs-night") ? "night" : "day") : ""
            employeesCSV += "\(person.id),\(name),\(person.team),\(person.role),\(managerOf[person.id] ?? ""),\(person.hire),\(status),,\(person.leave.map(\.description) ?? ""),\(base),\(isLead ? 1500 : 800),\(isLead ? "1.2" : "1.0"),\(isLead ? 1 : 0),\(shift),\(person.role == "cs-agent" ? String(i % 4) : "")\n"
        }
        files["employees.csv"] = employeesCSV

        // Monthly data.
        m = firstMonth
        while m <= endMonth {
            var attendance = "employee,late_count,late_minutes,early_leave_count,personal_leave_days,sick_leave_days,absent_days,days_worked,violations,warnings\n"
            var cs = "employee,sales,sales_target,satisfaction,response_rate,quality_score,complaints,chat_violations,contact_leaks,badge_approved,losses\n"
            var logistics = "employee,sales_actual,sales_target,outbound_qty,sales_qty,delayed_shipments,responsibility,cooperation,peer_complaints,counterflow,detours,wasted_deliveries,empty_runs\n"
            var ops = "employee,sales,self_rating,manager_rating,second_rating,ethics,ability,diligence\n"
            var sales = "employee,revenue,revenue_target,behaviour,serious_violation\n"
            var management = "employee,mgmt_ethics,mgmt_ability,mgmt_diligence,mgmt_self,mgmt_manager,mgmt_second,annual_review_coefficient\n"
            var sharedSales = 0
            for person in people {
                guard person.hire.monthValue <= m, person.leave.map({ $0.monthValue >= m }) ?? true else { continue }
                if rng.chance(1) { continue } // a missing month now and then
                if person.role.hasSuffix("head") || person.role.hasSuffix("lead") || person.role == "hr" {
                    management += "\(person.id),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(m.month == 12 ? ["0.8", "1.0", "1.2"][rng.int(0...2)] : "")\n"
                }
                let late = rng.count(zeroPercent: 70, max: 3)
                attendance += "\(person.id),\(late),\(late * rng.int(2...15)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 5)),\(rng.count(zeroPercent: 85, max: 7)),\(rng.count(zeroPercent: 97, max: 1)),\(rng.int(15...22)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 5))\n"
                switch Self.divisions[person.division].id {
                case "cs":
                    let target = 20000 + rng.int(0...10) * 1000
                    let amount = target * rng.int(50...140) / 100
                    sharedSales += amount
                    cs += "\(person.id),\(amount),\(target),\(rng.decimal(60, 100)),\(rng.decimal(80, 100))%,\(rng.decimal(60, 100)),\(rng.count(zeroPercent: 80, max: 3)),\(rng.count(zeroPercent: 92, max: 2)),\(rng.count(zeroPercent: 99, max: 1)),\(rng.chance(5) ? 1 : 0),\(rng.chance(5) ? rng.int(50...500) : 0)\n"
                case "logistics":
                    let target = 50000 + rng.int(0...20) * 1000
                    let qty = rng.int(800...1500)
                    logistics += "\(person.id),\(target * rng.int(60...130) / 100),\(target),\(qty * rng.int(85...100) / 100),\(qty),\(rng.count(zeroPercent: 75, max: 3)),\(rng.int(2...5)),\(rng.int(2...5)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 90, max: 2))\n"
                case "ops":
                    ops += "\(person.id),\(rng.chance(3) ? 0 : rng.int(0...150) * 1000),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100))\n"
                case "sales":
                    let target = 100000 + rng.int(0...10) * 10000
                    let behaviour = ["0.6", "0.8", "1.0", "1.0", "1.2"][rng.int(0...4)]
                    sales += "\(person.id),\(target * rng.int(40...150) / 100),\(target),\(behaviour),\(rng.chance(1) ? 1 : 0)\n"
                default:
                    break
                }
            }
            let folder = "data/\(m)/"
            files[folder + "attendance.csv"] = attendance
            files[folder + "cs.csv"] = cs
            files[folder + "logistics.csv"] = logistics
            files[folder + "ops.csv"] = ops
            files[folder + "sales.csv"] = sales
            files[folder + "management.csv"] = management
            files[folder + "reviews.csv"] = "employee,change_reason\n"   // reasons for major score changes (grades.md)
            files[folder + "departments.csv"] = "department,shared_sales,cost_saving_rate,cost_saving_target,orders_on_time,orders_total,delivery_accuracy,on_time_rate,damage_rate,industry_damage_rate,inventory_turnover,turnover_average,safety_incidents,customer_complaints,training_completion,staff_pass_rate,qualitative_score\n"
                + "cs,\(sharedSales),,,,,,,,,,,,,,,\n"
                + "logistics,,\(rng.decimal(2, 8))%,5%,\(9000 + rng.int(0...1000)),10000,\(rng.decimal(95, 100))%,\(rng.decimal(92, 100))%,\(rng.decimal(0, 2))%,1%,\(rng.decimal(4, 8)),6,\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 50, max: 6)),\(rng.decimal(80, 100))%,\(rng.decimal(90, 100))%,\(rng.int(70...95))\n"
            m = m.next
        }
        for (path, text) in policies { files["policies/" + path] = text }
        return files
    }
}
