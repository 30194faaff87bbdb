import ArgumentParser
import Foundation
import JixiaoResources
import JixiaoRules

/// `jixiao init DIR`: writes a small working company to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new content folder: settings, departments, employees, two months of data, policies and a README for HR."
    )

    @Argument(help: "The folder to create (must be missing or empty).") var directory: String
    @Option(help: "Language of the site and of the files: zh-CN or en.") var locale: String = "zh-CN"

    func run() throws {
        guard SiteSettings.supportedLocales.contains(locale) else { throw ValidationError("--locale must be zh-CN or en") }
        let files = BuiltIn.scaffold(locale: locale)
        try FolderWriter.writeOrExit(files, into: directory, command: "init")
        try Console.out(line: "jixiao init: wrote \(files.count) files into \(directory) (see \(directory)/README.md)")
        try Console.out(line: "next: jixiao check \(directory)  ·  jixiao serve \(directory)  ·  jixiao build \(directory) -o _site")
    }
}
