import JixiaoCore
import JixiaoMarkdown
extension ContentLoader {
    /// Keys allowed in `site.yaml`.
    static let settingsKeys = [
        "title", "title_en", "company", "company_en", "locale", "currency", "base_path", "current_month",
        "staff_leaderboards", "working_days", "sheets", "data_files", "staff_leaderboard", "editions",
    ]

    /// Reads `site.yaml`: the required names, then the optional keys, each in its own step.
    func loadSettings(_ diagnostics: inout Diagnostics) -> SiteSettings? {
        guard let map = readSettingsMap(&diagnostics) else { return nil }
        var settings = SiteSettings(title: "", company: "")
        let title = requiredSetting("title", in: map, example: "绩效中心", &diagnostics)
        let company = requiredSetting("company", in: map, example: "公司名称", &diagnostics)
        if let title { settings.title = title }
        if let company { settings.company = company }
        settings.titleEN = map["title_en"].flatMap { $0.isNull ? nil : $0.string("title_en", &diagnostics) }
        settings.companyEN = map["company_en"].flatMap { $0.isNull ? nil : $0.string("company_en", &diagnostics) }
        loadFormats(map, into: &settings, &diagnostics)
        if let v = map["current_month"], !v.isNull { settings.currentMonth = v.month("current_month", &diagnostics) }
        if let v = map["staff_leaderboards"], let b = v.bool("staff_leaderboards", &diagnostics) { settings.staffLeaderboards = b }
        if let v = map["working_days"], !v.isNull { settings.workingDays = loadWorkingDays(v, &diagnostics) }
        settings.dataFiles = loadDataDeclarations(map["data_files"], &diagnostics)
        loadStaffLeaderboard(map["staff_leaderboard"], into: &settings, &diagnostics)
        if let v = map["editions"], !v.isNull { settings.editions = loadEditions(v, &diagnostics) }
        return title != nil && company != nil ? settings : nil
    }

    /// `site.yaml` parsed as a mapping of the allowed keys; `nil` (reported) when it is
    /// missing, not YAML or not a mapping.
    private func readSettingsMap(_ diagnostics: inout Diagnostics) -> [String: YAMLValue]? {
        let path = "site.yaml"
        guard fileSystem.fileExists(path) else {
            diagnostics.error(SourceLocation(file: path), "site.yaml is missing", fix: "create site.yaml with at least title and company")
            return nil
        }
        guard let text = readText(path, &diagnostics) else { return nil }
        switch YAMLParser.parse(text, file: path) {
        case .success(let value): return value.mapping("site.yaml", allowed: Self.settingsKeys, &diagnostics)
        case .failure(let d):
            diagnostics.report(d)
            return nil
        }
    }

    /// A required text setting; reports it missing with an example line.
    private func requiredSetting(
        _ key: String, in map: [String: YAMLValue], example: String, _ diagnostics: inout Diagnostics
    ) -> String? {
        guard let value = map[key] else {
            diagnostics.error(SourceLocation(file: "site.yaml", line: 1), "\(key) is missing", fix: "add a line: \(key): \(example)")
            return nil
        }
        return value.string(key, &diagnostics)
    }

    /// `locale`, `currency` and `base_path`, each checked.
    private func loadFormats(_ map: [String: YAMLValue], into settings: inout SiteSettings, _ diagnostics: inout Diagnostics) {
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
    }

    /// `working_days`: months (YYYY-MM) to a day count from 0 to 31.
    private func loadWorkingDays(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [Month: Int] {
        guard let pairs = v.pairs else {
            diagnostics.error(v.location, "working_days must be a mapping of months to day counts", fix: "write lines like  2026-11: 21")
            return [:]
        }
        var days: [Month: Int] = [:]
        for pair in pairs {
            guard let month = Month(parsing: pair.key) else {
                diagnostics.error(pair.keyLocation, "\(pair.key.quotedForMessage()) in working_days is not a month", fix: "write months as YYYY-MM")
                continue
            }
            guard let count = pair.value.integer("working days of \(pair.key)", &diagnostics) else { continue }
            if (0...31).contains(count) {
                days[month] = count
            } else {
                diagnostics.error(pair.value.location, "\(count) working days is impossible for a month", fix: "write a number from 0 to 31")
            }
        }
        return days
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
