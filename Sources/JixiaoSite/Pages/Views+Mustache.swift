import Mustache
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

// Direct field access for the view models templates read most often: a switch instead of
// swift-mustache's reflection (`Mirror`) on every tag. A name a type does not have still
// returns nil, so it falls through to the page model and is reported as a template error.

extension Chrome: MustacheParent {
    /// The field named `name`.
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "root": root
        case "pageType": pageType
        case "title": title
        case "siteTitle": siteTitle
        case "company": company
        case "nav": nav
        case "t": t
        case "edition": edition
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": hasBreadcrumbs
        case "inlineCritical": inlineCritical
        case "topFolders": topFolders
        case "printHeader": printHeader
        case "printPeriod": printPeriod
        case "managers": managers
        case "loadsSearchIndex": loadsSearchIndex
        default: nil
        }
    }
}

extension NavLink: MustacheParent {
    /// The field named `name`.
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        case "note": note
        default: nil
        }
    }
}

extension Fact: MustacheParent {
    /// The field named `name`.
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "href": href
        case "hasHref": hasHref
        default: nil
        }
    }
}

extension Headline: MustacheParent {
    /// The field named `name`.
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "change": change
        case "direction": direction
        case "tone": tone
        case "arrow": arrow
        case "changeLabel": changeLabel
        case "sparkline": sparkline
        default: nil
        }
    }
}

extension TableView: MustacheParent {
    /// The field named `name`.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "caption": caption
        case "headers": headers
        case "rows": rows
        case "csvHref": csvHref
        case "hasCSV": hasCSV
        case "csvName": csvName
        case "csvInline": csvInline
        case "filterable": filterable
        case "emptyText": emptyText
        case "isEmpty": isEmpty
        case "html": html
        case "shownRows": shownRows
        default: nil
        }
    }
}

extension PersonPage: MustacheParent {
    /// The field named `name` (rendered 10,000 times in a large build: no reflection).
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "name": self.name
        case "facts": facts
        case "monthLabel": monthLabel
        case "currentSummary": currentSummary
        case "trendChart": trendChart
        case "history": history
        case "items": items
        case "hasLadder": hasLadder
        case "ladderName": ladderName
        case "level": level
        case "nextLevel": nextLevel
        case "missing": missing
        case "allMet": allMet
        case "streaks": streaks
        case "hasStreaks": hasStreaks
        case "hasPay": hasPay
        case "pay": pay
        case "payTotal": payTotal
        case "isClosed": isClosed
        case "closedOn": closedOn
        default: nil
        }
    }
}

extension DashboardPanel: MustacheParent {
    /// The field named `name` (three panels on each of thousands of department dashboards).
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "count": count
        case "table": table
        default: nil
        }
    }
}

extension LinkGroup: MustacheParent {
    /// The field named `name` (the period picker of every department and period page).
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "links": links
        default: nil
        }
    }
}
