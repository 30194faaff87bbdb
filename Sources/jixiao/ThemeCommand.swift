import ArgumentParser

/// `jixiao theme`: works with the built-in templates.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in templates.",
        subcommands: [ThemeExportCommand.self]
    )
}
