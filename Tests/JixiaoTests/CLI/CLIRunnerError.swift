/// A test could not run the executable.
struct CLIRunnerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
