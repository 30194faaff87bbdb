import ArgumentParser
import JixiaoCore
import JixiaoResources
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// The `jixiao` command: builds and checks a performance-management site.
@main
struct JixiaoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "Jixiao (绩效): performance management as a static site.",
        version: BuiltIn.versionLine,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ResultsCommand.self, GenerateCommand.self,
            InitCommand.self, ThemeCommand.self, ServeCommand.self, CloseCommand.self,
        ]
    )
}
