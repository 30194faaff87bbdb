import ArgumentParser
import JixiaoResources
import Foundation
import JixiaoSite

/// `jixiao theme export DIR`: copies the built-in templates out for overriding.
struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in Mustache templates into a folder, to copy the ones you change into CONTENT/templates/.",
        discussion:
            "Each template starts with its theme version line ({{! jixiao-theme N }}); keep it, so that a build can warn when an override was made from older templates."
    )

    @Argument(help: "The folder to write (must be missing or empty).") var directory: String

    func run() throws {
        let files = BuiltIn.templateFiles
        try FolderWriter.writeOrExit(files, into: directory, command: "theme export")
        let version = files["home.mustache"].flatMap { String(data: $0, encoding: .utf8) }.flatMap(ThemeVersion.version(of:))
        try Console.out(
            line: "jixiao theme export: wrote \(files.count) templates (theme version \(version.map(String.init) ?? "?")) into \(directory)"
        )
        try Console.out(line: "copy the ones you change into CONTENT/templates/ with the same file names; the rest can be left out")
    }
}
