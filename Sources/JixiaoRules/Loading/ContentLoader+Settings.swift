import JixiaoCore
import JixiaoMarkdown
extension ContentLoader {
    /// Keys allowed in `site.yaml`.
    static let settingsKeys = [
        "title", "company", "title_en", "company_en", "locale", "currency", "base_path", "current_month",
        "staff_leaderboards", "working_days", "sheets", "data_files", "staff_leaderboard", "editions",
    ]

    /// Reads `site.yaml`.
    func loadSettings(_ diagnostics: inout Diagnostics) -> SiteSettings? {
        let path = "site.yaml"
        guard fileSystem.fileExists(path) else {
            diagnostics.error(SourceLocation(file: path), "site.yaml is missing", fix: "create site.yaml with at least title and company")
            return nil
        }
        guard let text = readText(path, &diagnostics) else { return nil }
        let value: YAMLValue
        switch YAMLParser.parse(text, file: path) {
        case .success(let v): value = v
        case .failure(let d):
            diagnostics.report(d)
            return nil
        }
        guard let map = value.mapping("site.yaml", allowed: Self.settingsKeys, &diagnostics) else { return nil }
        var settings = SiteSettings(title: "", company: "")
        var ok = true
        if let v = map["title"], let s = v.string("title", &diagnostics) {
            settings.title = s
        } else {
            if map["title"] == nil {
                diagnostics.error(SourceLocation(file: path, line: 1), "title is missing", fix: "add a line: title: 绩效中心")
            }
            ok = false
        }
        if let v = map["company"], let s = v.string("company", &diagnostics) {
            settings.company = s
        } else {
            if map["company"] == nil {
                diagnostics.error(SourceLocation(file: path, line: 1), "company is missing", fix: "add a line: company: 公司名称")
            }
            ok = false
        }
        if let v = map["title_en"], !v.isNull, let s = v.string("title_en", &diagnostics) { settings.titleEN = s }
        if let v = map["company_en"], !v.isNull, let s = v.string("company_en", &diagnostics) { settings.companyEN = s }
        if let v = map["locale"], let s = v.string("locale", &diagnostics) {
            if SiteSettings.supportedLocales.contains(s) {
                settings.locale = s
            } else {
                diagnostics.error(v.location, "locale \(s.quotedForMessage()) is not supported", fix: "use zh-CN or en")
            }
        }
        if let v = map["currency"], let s = v.string("currency", &diagnostics) {
            if s.count == 3, s.allSatisfy({ $0.isASCII && $0.isLetter }) {
                settings.currency = s.uppercased()
            } else {
                diagnostics.error(
                    v.location, "currency \(s.quotedForMessage()) is not an ISO currency code", fix: "write a three-letter code such as CNY"
                )
            }
        }
        if let v = map["base_path"], let s = v.string("base_path", &diagnostics) {
            settings.basePath = s.hasPrefix("/") ? (s.hasSuffix("/") ? s : s + "/") : "/" + s + (s.hasSuffix("/") ? "" : "/")
        }
        if let v = map["current_month"], !v.isNull { settings.currentMonth = v.month("current_month", &diagnostics) }
        if let v = map["staff_leaderboards"], let b = v.bool("staff_leaderboards", &diagnostics) { settings.staffLeaderboards = b }
        if let v = map["working_days"], !v.isNull {
            if let pairs = v.pairs {
                for pair in pairs {
                    guard let month = Month(parsing: pair.key) else {
                        diagnostics.error(
                            pair.keyLocation, "\(pair.key.quotedForMessage()) in working_days is not a month",
                            fix: "write months as YYYY-MM")
                        continue
                    }
                    if let days = pair.value.integer("working days of \(pair.key)", &diagnostics) {
                        if (0...31).contains(days) {
                            settings.workingDays[month] = days
                        } else {
                            diagnostics.error(
                                pair.value.location, "\(days) working days is impossible for a month", fix: "write a number from 0 to 31")
                        }
                    }
                }
            } else {
                diagnostics.error(
                    v.location, "working_days must be a mapping of months to day counts", fix: "write lines like  2026-11: 21")
            }
        }
        settings.dataFiles = loadDataDeclarations(map["data_files"], &diagnostics)
        loadStaffLeaderboard(map["staff_leaderboard"], into: &settings, &diagnostics)
        if let v = map["editions"], !v.isNull { settings.editions = loadEditions(v, &diagnostics) }
        return ok ? settings : nil
    }

    /// Cross-checks settings against the data.
    func checkSettings(_ settings: SiteSettings?, months: [MonthData], _ diagnostics: inout Diagnostics) {
        guard let settings, let current = settings.currentMonth else { return }
        if !months.contains(where: { $0.month == current }) {
            diagnostics.warning(
                SourceLocation(file: "site.yaml"), "current_month \(current) has no data folder",
                fix: "add data/\(current)/ or remove current_month to use the latest month with data")
        }
    }
}
