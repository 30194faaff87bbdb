import JixiaoCore

extension SyntheticCompany {
    /// One month's data files (`data/YYYY-MM/*.csv`) for everyone employed that month.
    func monthFiles(_ rng: inout SeededRandom, month m: Month, people: [SyntheticPerson]) -> [String: String] {
        var attendance =
            "employee,late_count,late_minutes,early_leave_count,personal_leave_days,sick_leave_days,absent_days,days_worked,violations,warnings\n"
        var cs =
            "employee,sales,sales_target,satisfaction,response_rate,quality_score,complaints,chat_violations,contact_leaks,badge_approved,losses\n"
        var logistics =
            "employee,sales_actual,sales_target,outbound_qty,sales_qty,delayed_shipments,responsibility,cooperation,peer_complaints,counterflow,detours,wasted_deliveries,empty_runs\n"
        var ops = "employee,sales,self_rating,manager_rating,second_rating,ethics,ability,diligence\n"
        var sales = "employee,revenue,revenue_target,behaviour,serious_violation\n"
        var management = "employee,mgmt_ethics,mgmt_ability,mgmt_diligence,mgmt_self,mgmt_manager,mgmt_second,annual_review_coefficient\n"
        var sharedSales = 0
        for person in people {
            guard person.isEmployed(in: m) else { continue }
            if rng.chance(1) { continue }  // a missing month now and then
            if person.role.hasSuffix("head") || person.role.hasSuffix("lead") || person.role == "hr" {
                management +=
                    "\(person.id),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(rng.int(70...98)),\(m.month == 12 ? ["0.8", "1.0", "1.2"][rng.int(0...2)] : "")\n"
            }
            let late = rng.count(zeroPercent: 70, max: 3)
            attendance +=
                "\(person.id),\(late),\(late * rng.int(2...15)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 5)),\(rng.count(zeroPercent: 85, max: 7)),\(rng.count(zeroPercent: 97, max: 1)),\(rng.int(15...22)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 5))\n"
            switch Self.divisions[person.division].id {
            case "cs":
                let target = 20000 + rng.int(0...10) * 1000
                let amount = target * rng.int(50...140) / 100
                sharedSales += amount
                cs +=
                    "\(person.id),\(amount),\(target),\(rng.decimal(60, 100)),\(rng.decimal(80, 100))%,\(rng.decimal(60, 100)),\(rng.count(zeroPercent: 80, max: 3)),\(rng.count(zeroPercent: 92, max: 2)),\(rng.count(zeroPercent: 99, max: 1)),\(rng.chance(5) ? 1 : 0),\(rng.chance(5) ? rng.int(50...500) : 0)\n"
            case "logistics":
                let target = 50000 + rng.int(0...20) * 1000
                let qty = rng.int(800...1500)
                logistics +=
                    "\(person.id),\(target * rng.int(60...130) / 100),\(target),\(qty * rng.int(85...100) / 100),\(qty),\(rng.count(zeroPercent: 75, max: 3)),\(rng.int(2...5)),\(rng.int(2...5)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 90, max: 2)),\(rng.count(zeroPercent: 90, max: 2))\n"
            case "ops":
                ops +=
                    "\(person.id),\(rng.chance(3) ? 0 : rng.int(0...150) * 1000),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100)),\(rng.int(60...100))\n"
            case "sales":
                let target = 100000 + rng.int(0...10) * 10000
                let behaviour = ["0.6", "0.8", "1.0", "1.0", "1.2"][rng.int(0...4)]
                sales += "\(person.id),\(target * rng.int(40...150) / 100),\(target),\(behaviour),\(rng.chance(1) ? 1 : 0)\n"
            default:
                break
            }
        }
        let folder = "data/\(m)/"
        return [
            folder + "attendance.csv": attendance, folder + "cs.csv": cs, folder + "logistics.csv": logistics,
            folder + "ops.csv": ops, folder + "sales.csv": sales, folder + "management.csv": management,
            folder + "reviews.csv": "employee,change_reason\n",  // reasons for major score changes (grades.md)
            folder + "departments.csv": departmentRows(&rng, sharedSales: sharedSales),
        ]
    }

    /// The month's department figures (customer-service shared sales, logistics KPIs).
    func departmentRows(_ rng: inout SeededRandom, sharedSales: Int) -> String {
        "department,shared_sales,cost_saving_rate,cost_saving_target,orders_on_time,orders_total,delivery_accuracy,on_time_rate,damage_rate,industry_damage_rate,inventory_turnover,turnover_average,safety_incidents,customer_complaints,training_completion,staff_pass_rate,qualitative_score\n"
            + "cs,\(sharedSales),,,,,,,,,,,,,,,\n"
            + "logistics,,\(rng.decimal(2, 8))%,5%,\(9000 + rng.int(0...1000)),10000,\(rng.decimal(95, 100))%,\(rng.decimal(92, 100))%,\(rng.decimal(0, 2))%,1%,\(rng.decimal(4, 8)),6,\(rng.count(zeroPercent: 85, max: 2)),\(rng.count(zeroPercent: 50, max: 6)),\(rng.decimal(80, 100))%,\(rng.decimal(90, 100))%,\(rng.int(70...95))\n"
    }
}
