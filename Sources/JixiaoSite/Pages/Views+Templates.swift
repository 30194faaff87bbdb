import JixiaoCore

// Every page model names its own fields for the compiled templates (`CompiledTemplate`)
// and for swift-mustache (`MustacheParent`, through `TemplateFields`): a switch instead of
// reflection. Only stored properties are listed, the names reflection would find, so a
// template reads the same names either way. A name a type does not have returns nil.

extension Chrome: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "lang": .text(lang)
        case "root": .text(root)
        case "pageType": .text(pageType)
        case "title": .text(title)
        case "siteTitle": .text(siteTitle)
        case "company": .text(company)
        case "nav": .list(TemplateList(nav))
        case "t": .object(t)
        case "edition": .text(edition)
        case "managers": .flag(managers)
        case "loadsSearchIndex": .flag(loadsSearchIndex)
        case "breadcrumbs": .list(TemplateList(breadcrumbs))
        case "hasBreadcrumbs": .flag(hasBreadcrumbs)
        case "printHeader": .flag(printHeader)
        case "printPeriod": .text(printPeriod)
        case "inlineCritical": .flag(inlineCritical)
        case "topFolders": .text(topFolders)
        default: nil
        }
    }
}

extension NavLink: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "href": .text(href)
        case "current": .flag(current)
        case "note": .text(note)
        default: nil
        }
    }
}

extension Fact: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "value": .text(value)
        case "href": .text(href)
        case "hasHref": .flag(hasHref)
        default: nil
        }
    }
}

extension Headline: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "value": .text(value)
        case "change": .text(change)
        case "direction": .text(direction)
        case "tone": .text(tone)
        case "arrow": .text(arrow)
        case "changeLabel": .text(changeLabel)
        case "sparkline": .text(sparkline)
        default: nil
        }
    }
}

extension TableView: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "id": .text(id)
        case "caption": .text(caption)
        case "headers": .list(TemplateList(headers))
        case "rows": .list(TemplateList(rows))
        case "csvHref": .text(csvHref)
        case "hasCSV": .flag(hasCSV)
        case "filterable": .flag(filterable)
        case "emptyText": .text(emptyText)
        case "isEmpty": .flag(isEmpty)
        case "html": .text(html)
        case "shownRows": .number(shownRows)
        case "csvName": .text(csvName)
        case "csvInline": .flag(csvInline)
        case "workbookHref": .text(workbookHref)
        case "workbookName": .text(workbookName)
        case "csvText": .text(csvText)
        case "compact": .flag(compact)
        case "csvInBrowser": .flag(csvInBrowser)
        default: nil
        }
    }
}

extension TableView.Header: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "numeric": .flag(numeric)
        case "sortable": .flag(sortable)
        default: nil
        }
    }
}

extension TableView.Cell: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "href": .text(href)
        case "hasHref": .flag(hasHref)
        case "value": .text(value)
        case "hasValue": .flag(hasValue)
        case "numeric": .flag(numeric)
        case "style": .text(style)
        case "csv": .text(csv)
        case "anchor": .text(anchor)
        case "links": .list(TemplateList(links))
        default: nil
        }
    }
}

extension TableView.Row: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "cells": .list(TemplateList(cells))
        default: nil
        }
    }
}

extension PersonPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "name": .text(self.name)
        case "facts": .list(TemplateList(facts))
        case "monthLabel": .text(monthLabel)
        case "currentSummary": .text(currentSummary)
        case "trendChart": .text(trendChart)
        case "history": .object(history)
        case "items": .object(items)
        case "hasLadder": .flag(hasLadder)
        case "ladderName": .text(ladderName)
        case "level": .text(level)
        case "nextLevel": .text(nextLevel)
        case "missing": .list(TemplateList(missing))
        case "allMet": .flag(allMet)
        case "streaks": .list(TemplateList(streaks))
        case "hasStreaks": .flag(hasStreaks)
        case "hasPay": .flag(hasPay)
        case "pay": .object(pay)
        case "payTotal": .text(payTotal)
        case "isClosed": .flag(isClosed)
        case "closedOn": .text(closedOn)
        default: nil
        }
    }
}

extension DashboardPanel: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "id": .text(id)
        case "heading": .text(heading)
        case "count": .number(count)
        case "table": .object(table)
        default: nil
        }
    }
}

extension LeaderboardPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "heading": .text(heading)
        case "ranking": .object(ranking)
        case "notAssessed": .object(notAssessed)
        case "isIndex": .flag(isIndex)
        case "groups": .list(TemplateList(groups))
        default: nil
        }
    }
}

extension LinkGroup: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "heading": .text(heading)
        case "links": .list(TemplateList(links))
        default: nil
        }
    }
}

extension HomePage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "monthLabel": .text(monthLabel)
        case "headlines": .list(TemplateList(headlines))
        case "gradeChart": .text(gradeChart)
        case "departmentChart": .text(departmentChart)
        case "top": .object(top)
        case "improvers": .object(improvers)
        case "alerts": .object(alerts)
        case "periodLinks": .list(TemplateList(periodLinks))
        case "managers": .flag(managers)
        case "policyLinks": .list(TemplateList(policyLinks))
        case "leaderboardLinks": .list(TemplateList(leaderboardLinks))
        case "hasLeaderboards": .flag(hasLeaderboards)
        case "policyGroups": .list(TemplateList(policyGroups))
        case "roleOptions": .list(TemplateList(roleOptions))
        default: nil
        }
    }
}

extension DepartmentPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "name": .text(self.name)
        case "facts": .list(TemplateList(facts))
        case "headlines": .list(TemplateList(headlines))
        case "trendChart": .text(trendChart)
        case "gradeChart": .text(gradeChart)
        case "people": .object(people)
        case "kpi": .object(kpi)
        case "hasKPI": .flag(hasKPI)
        case "alerts": .object(alerts)
        case "children": .list(TemplateList(children))
        case "hasChildren": .flag(hasChildren)
        case "heading": .text(heading)
        case "periodLinks": .list(TemplateList(periodLinks))
        case "picker": .list(TemplateList(picker))
        case "panels": .list(TemplateList(panels))
        case "assessmentsHref": .text(assessmentsHref)
        default: nil
        }
    }
}

extension PeriodPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "label": .text(label)
        case "links": .list(TemplateList(links))
        case "departments": .object(departments)
        case "ranking": .object(ranking)
        case "notAssessed": .object(notAssessed)
        case "alerts": .object(alerts)
        case "payrollHref": .text(payrollHref)
        case "payrollWorkbookHref": .text(payrollWorkbookHref)
        case "hasPayrollWorkbook": .flag(hasPayrollWorkbook)
        case "hasPayroll": .flag(hasPayroll)
        case "picker": .list(TemplateList(picker))
        case "departmentLinks": .list(TemplateList(departmentLinks))
        case "isClosed": .flag(isClosed)
        case "closedOn": .text(closedOn)
        case "assessmentsHref": .text(assessmentsHref)
        default: nil
        }
    }
}

extension SimplePage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "heading": .text(heading)
        case "text": .text(text)
        case "table": .object(table)
        case "hasTable": .flag(hasTable)
        default: nil
        }
    }
}

extension PolicyPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "title": .text(title)
        case "facts": .list(TemplateList(facts))
        case "summary": .text(summary)
        case "toc": .text(toc)
        case "hasTOC": .flag(hasTOC)
        case "body": .text(body)
        case "bodyLang": .text(bodyLang)
        case "hasBodyLang": .flag(hasBodyLang)
        case "bodyNotice": .text(bodyNotice)
        case "versions": .list(TemplateList(versions))
        case "hasVersions": .flag(hasVersions)
        default: nil
        }
    }
}

extension PolicyIndexPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "groups": .list(TemplateList(groups))
        case "updates": .list(TemplateList(updates))
        case "hasUpdates": .flag(hasUpdates)
        default: nil
        }
    }
}

extension PolicyGroup: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "heading": .text(heading)
        case "policies": .list(TemplateList(policies))
        default: nil
        }
    }
}

extension PolicySummary: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "href": .text(href)
        case "effective": .text(effective)
        case "summary": .text(summary)
        case "owner": .text(owner)
        case "versionNote": .text(versionNote)
        default: nil
        }
    }
}

extension PolicyLink: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "href": .text(href)
        case "note": .text(note)
        case "roles": .text(roles)
        default: nil
        }
    }
}

extension PolicyUpdate: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "href": .text(href)
        case "note": .text(note)
        default: nil
        }
    }
}

extension PolicyUpdateMonth: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "month": .text(month)
        case "entries": .list(TemplateList(entries))
        default: nil
        }
    }
}

extension StaffPolicyGroup: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "id": .text(id)
        case "heading": .text(heading)
        case "links": .list(TemplateList(links))
        default: nil
        }
    }
}

extension AssessmentsPage: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(chrome)
        case "heading": .text(heading)
        case "schedule": .text(schedule)
        case "table": .object(table)
        case "departments": .list(TemplateList(departments))
        case "hasDepartments": .flag(hasDepartments)
        default: nil
        }
    }
}

extension AssessmentDepartment: TemplateFields {
    /// The field named `name`, as a template reads it.
    public func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "name": .text(self.name)
        case "summary": .text(summary)
        case "people": .list(TemplateList(people))
        case "hasPeople": .flag(hasPeople)
        default: nil
        }
    }
}
