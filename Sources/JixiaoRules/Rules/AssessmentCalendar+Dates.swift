import JixiaoCore

extension AssessmentCalendar {
    /// Whether `day` is a working day: a weekday that is not a holiday, or a declared working weekend.
    public func isWorkingDay(_ day: Day) -> Bool {
        day.isWeekend ? workingWeekends.contains(day) : !holidays.contains(day)
    }

    /// The first working day on or after `day`.
    public func workingDay(onOrAfter day: Day) -> Day {
        var d = day
        for _ in 0..<60 where !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// When `stage` of assessed month `month` is due: its due day in the due month (at most
    /// the month's last day), moved to the next working day when the calendar says so.
    public func due(_ stage: Stage, of month: Month) -> Day {
        let dueMonth = month.advanced(by: stage.dueMonthsAfter)
        let last = Day.daysIn(year: dueMonth.year, month: dueMonth.month)
        let day = Day(year: dueMonth.year, month: dueMonth.month, day: min(max(stage.dueDay, 1), last)) ?? dueMonth.lastDay
        return movesDueToWorkingDay ? workingDay(onOrAfter: day) : day
    }

    /// Whether `stage` applies to assessed month `month` (its `months`, when given).
    public func applies(_ stage: Stage, in month: Month) -> Bool {
        stage.months.isEmpty || stage.months.contains(month.month)
    }

    /// The day results of month `month` are published: working day `publishWorkingDay` of
    /// month `month + publishMonthsAfter`.
    public func publication(of month: Month) -> Day {
        var day = workingDay(onOrAfter: month.advanced(by: publishMonthsAfter).firstDay)
        for _ in 1..<max(publishWorkingDay, 1) { day = workingDay(onOrAfter: day.adding(days: 1)) }
        return day
    }
}
