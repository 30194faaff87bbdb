// swift-tools-version:6.0
import PackageDescription

// The pipeline runs in one direction, and each stage is a module that may import only
// the ones before it (see ARCHITECTURE.md):
//   JixiaoCore → JixiaoMarkdown → JixiaoRules → JixiaoSite → jixiao (the command)
// JixiaoSynthetic (the example-data generator) sits beside the pipeline on JixiaoRules;
// JixiaoResources (site-templates/ and scaffold/ embedded by the EmbedFiles plugin) on
// JixiaoCore; JixiaoServe (the preview server) on JixiaoSite.
let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoRules", targets: ["JixiaoRules"]),
        .library(name: "JixiaoSite", targets: ["JixiaoSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Diagnostics, the file-system seam, CSV, YAML, decimal numbers, months and days.
        .target(
            name: "JixiaoCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Policy Markdown through libcmark: safe HTML, headings, tables, directives, links.
        .target(
            name: "JixiaoMarkdown",
            dependencies: ["CMark", "JixiaoCore"]
        ),
        // Excel workbooks: .xlsx tables read as CSV tables (errors at the sheet cell), and written.
        .target(
            name: "JixiaoExcel",
            dependencies: [
                "JixiaoCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        // Content model and loading, formulas, rules, evaluation, results, analytics.
        .target(
            name: "JixiaoRules",
            dependencies: ["JixiaoCore", "JixiaoMarkdown", "JixiaoExcel"]
        ),
        // Page models, templates, tables and charts, and the output folder.
        .target(
            name: "JixiaoSite",
            dependencies: [
                "JixiaoCore", "JixiaoMarkdown", "JixiaoRules", "JixiaoExcel",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // A synthetic company in the example's shape, for benchmarks and scale tests.
        .target(
            name: "JixiaoSynthetic",
            dependencies: ["JixiaoCore", "JixiaoRules"]
        ),
        // Turns folders (site-templates/, scaffold/) into a Swift source of path → bytes; run by EmbedFiles.
        .executableTarget(
            name: "jixiao-embed",
            path: "Tools/jixiao-embed"
        ),
        // Build-tool plugin: embeds site-templates/ and scaffold/ and stamps the version and git commit.
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["jixiao-embed"]
        ),
        // The built-in templates and the `init` scaffold, inside the executable; version and commit.
        .target(
            name: "JixiaoResources",
            dependencies: ["JixiaoCore"],
            plugins: ["EmbedFiles"]
        ),
        // `jixiao serve`: a local preview server (Hummingbird) that rebuilds on change and reloads tabs.
        .target(
            name: "JixiaoServe",
            dependencies: [
                "JixiaoCore", "JixiaoRules", "JixiaoSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line: thin over the libraries.
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoRules", "JixiaoSite", "JixiaoSynthetic", "JixiaoResources", "JixiaoServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times reading a 10,000-row workbook (scripts/bench-xlsx.sh).
        .executableTarget(
            name: "jixiao-xlsx-bench",
            dependencies: ["JixiaoCore", "JixiaoExcel"]
        ),
        .testTarget(
            name: "JixiaoTests",
            dependencies: [
                "JixiaoCore", "JixiaoMarkdown", "JixiaoExcel", "JixiaoRules", "JixiaoSite", "JixiaoSynthetic",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        // The installed tool: embedded files, version, init, theme export, serve end to end.
        .testTarget(
            name: "JixiaoInstallTests",
            dependencies: ["JixiaoCore", "JixiaoRules", "JixiaoSite", "JixiaoResources", "JixiaoServe"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
